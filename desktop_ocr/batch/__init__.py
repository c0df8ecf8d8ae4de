"""Archive-size batches: ``recognize --jobs N``, ``--cluster``, ``--format jsonl``, ``--resume``.

Why a package of its own: a civil-registry office reads 10^5–10^6 certificates in
one job.  Local worker processes (``concurrent.futures``) or a Dask cluster
(``distributed``, the ``cluster`` extra) each hold one engine; results come back
in input order; JSON Lines output is written and flushed per document so a crash
or Ctrl+C loses nothing already written, and ``--resume`` skips what is done.
"""
