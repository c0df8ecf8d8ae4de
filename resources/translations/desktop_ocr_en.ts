<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="24" />
        <source>About Desktop OCR</source>
        <translation>About Desktop OCR</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="28" />
        <source>Turns photos and scans of identity documents into checked records.</source>
        <translation>Turns photos and scans of identity documents into checked records.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="29" />
        <source>Recognition backends</source>
        <translation>Recognition backends</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="30" />
        <source>The offline backend reads documents on this computer; nothing is sent anywhere unless you choose a cloud backend.</source>
        <translation>The offline backend reads documents on this computer; nothing is sent anywhere unless you choose a cloud backend.</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="94" />
        <source>Documents are read on this computer; nothing is sent.</source>
        <translation>Documents are read on this computer; nothing is sent.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="96" />
        <source>Documents are sent to this vendor's service.</source>
        <translation>Documents are sent to this vendor's service.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="97" />
        <source>Not configured: enter the endpoint and credentials in Settings first.</source>
        <translation>Not configured: enter the endpoint and credentials in Settings first.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="51" />
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="134" />
        <source>Export records</source>
        <translation>Export records</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="59" />
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="63" />
        <source>&amp;All recognised documents</source>
        <translation>&amp;All recognised documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="64" />
        <source>&amp;Confirmed documents only</source>
        <translation>&amp;Confirmed documents only</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="77" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="88" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="89" />
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="91" />
        <source>&amp;Header language:</source>
        <translation>&amp;Header language:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="92" />
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="143" />
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="154" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="164" />
        <source>Exported to {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="61" />
        <source>Excel workbook (.xlsx), to open in Excel</source>
        <translation>Excel workbook (.xlsx), to open in Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="62" />
        <source>CSV, UTF-8 text (.csv)</source>
        <translation>CSV, UTF-8 text (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="76" />
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="77" />
        <source>Semicolon ( ; ): Excel in most European languages</source>
        <translation>Semicolon ( ; ): Excel in most European languages</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="79" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="84" />
        <source>CSV cannot mark a column as text: Excel shows 18-digit ID numbers as 3.30106E+17 and drops leading zeros. To open the records in Excel, export XLSX.</source>
        <translation>CSV cannot mark a column as text: Excel shows 18-digit ID numbers as 3.30106E+17 and drops leading zeros. To open the records in Excel, export XLSX.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="111" />
        <source>CSV &amp;delimiter:</source>
        <translation>CSV &amp;delimiter:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="149" />
        <source>%n record(s) will be exported.</source>
        <translation>
            <numerusform>%n record will be exported.</numerusform>
            <numerusform>%n records will be exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="115" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="137" />
        <source>Low confidence ({0}%): please check against the image.</source>
        <translation>Low confidence ({0}%): please check against the image.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="62" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="70" />
        <source>Name, ID number or file name</source>
        <translation>Name, ID number or file name</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="73" />
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="74" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="79" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="87" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="95" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="95" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="95" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="96" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="96" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="98" />
        <source>&amp;Export these…</source>
        <translation>&amp;Export these…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="123" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="135" />
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../desktop_ocr/gui/viewer.py" line="48" />
        <location filename="../../desktop_ocr/gui/viewer.py" line="186" />
        <source>Document image</source>
        <translation>Document image</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="50" />
        <source>The file does not exist (any more).</source>
        <translation>The file does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="26" />
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="27" />
        <source>Recognising…</source>
        <translation>Recognising…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="28" />
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="29" />
        <source>Edited, not yet confirmed</source>
        <translation>Edited, not yet confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="30" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="31" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="38" />
        <source>Auto-detect</source>
        <translation>Auto-detect</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="98" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="98" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="99" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="99" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="103" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="104" />
        <source>Open &amp;folder…</source>
        <translation>Open &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="105" />
        <source>&amp;Paste image</source>
        <translation>&amp;Paste image</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="106" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="107" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="108" />
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="109" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="110" />
        <source>&amp;Confirm and next</source>
        <translation>&amp;Confirm and next</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="111" />
        <source>&amp;Re-recognise</source>
        <translation>&amp;Re-recognise</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="112" />
        <source>Resume &amp;unfinished documents</source>
        <translation>Resume &amp;unfinished documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="113" />
        <source>&amp;Previous document</source>
        <translation>&amp;Previous document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="114" />
        <source>&amp;Next document</source>
        <translation>&amp;Next document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="115" />
        <source>Remove confirmed from &amp;queue</source>
        <translation>Remove confirmed from &amp;queue</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="116" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="117" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="118" />
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="119" />
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="120" />
        <source>&amp;Rotate 90°</source>
        <translation>&amp;Rotate 90°</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="121" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="109" />
        <source>Open documents</source>
        <translation>Open documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="111" />
        <source>Images and PDFs ({0});;All files (*)</source>
        <translation>Images and PDFs ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="119" />
        <source>Open a folder of documents</source>
        <translation>Open a folder of documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="135" />
        <source>The clipboard holds no image or file.</source>
        <translation>The clipboard holds no image or file.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="153" />
        <location filename="../../desktop_ocr/gui/notices.py" line="24" />
        <location filename="../../desktop_ocr/gui/notices.py" line="52" />
        <source>Record store</source>
        <translation>Record store</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="184" />
        <source>Desktop OCR — identity documents</source>
        <translation>Desktop OCR — identity documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="186" />
        <source>  &amp;Type: </source>
        <translation>  &amp;Type: </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="187" />
        <source>  &amp;Backend: </source>
        <translation>  &amp;Backend: </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="188" />
        <source>Document type for what you add next</source>
        <translation>Document type for what you add next</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="196" />
        <source>Drop photos, scans, PDFs or whole folders here
or use File → Open (Ctrl+O) · Paste (Ctrl+V)</source>
        <translation>Drop photos, scans, PDFs or whole folders here
or use File → Open (Ctrl+O) · Paste (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="273" />
        <source>The watched folder does not exist: {0}</source>
        <translation>The watched folder does not exist: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="287" />
        <source>Re-recognise</source>
        <translation>Re-recognise</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="288" />
        <source>Your corrections to this document will be replaced by a new reading. Continue?</source>
        <translation>Your corrections to this document will be replaced by a new reading. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="348" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="369" />
        <source>Every document in the queue is checked.</source>
        <translation>Every document in the queue is checked.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="399" />
        <source>Stopping recognition…</source>
        <translation>Stopping recognition…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="40" />
        <source>The record store is in use by another copy of the app.</source>
        <translation>The record store is in use by another copy of the app.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="42" />
        <source>The record store was written by a newer version of the app. Update the app to use it.</source>
        <translation>The record store was written by a newer version of the app. Update the app to use it.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="48" />
        <source>This window works with a temporary store: documents and edits of this session will not be kept when the app closes. Export them before closing.</source>
        <translation>This window works with a temporary store: documents and edits of this session will not be kept when the app closes. Export them before closing.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="50" />
        <source>Record store file: {0}</source>
        <translation>Record store file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="60" />
        <source>The record store could not be opened: edits will not be kept.</source>
        <translation>The record store could not be opened: edits will not be kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="65" />
        <source>The document being read when the app stopped was not started again, in case it caused that. It is marked failed: use Retry failed to read it.</source>
        <translation>The document being read when the app stopped was not started again, in case it caused that. It is marked failed: use Retry failed to read it.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="67" />
        <source>The {0} documents being read when the app stopped were not started again, in case they caused that. They are marked failed: use Retry failed to read them.</source>
        <translation>The {0} documents being read when the app stopped were not started again, in case they caused that. They are marked failed: use Retry failed to read them.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="76" />
        <source>1 document was not finished when the app last closed. Read it now?</source>
        <translation>1 document was not finished when the app last closed. Read it now?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="78" />
        <source>{0} documents were not finished when the app last closed. Read them now?</source>
        <translation>{0} documents were not finished when the app last closed. Read them now?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="80" />
        <source>Unfinished documents</source>
        <translation>Unfinished documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="85" />
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="86" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="96" />
        <source>The unfinished documents stay queued: Document → Resume unfinished documents reads them.</source>
        <translation>The unfinished documents stay queued: Document → Resume unfinished documents reads them.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="45" />
        <source>Recognising {0} of {1}</source>
        <translation>Recognising {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="48" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="49" />
        <source>{0} to review · {1} confirmed · {2} failed</source>
        <translation>{0} to review · {1} confirmed · {2} failed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="57" />
        <source>No watched folder</source>
        <translation>No watched folder</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="58" />
        <source>Watching: {0}</source>
        <translation>Watching: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="61" />
        <source>Temporary store: edits will not be kept</source>
        <translation>Temporary store: edits will not be kept</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="63" />
        <source>The record store could not be opened. Documents and edits of this session are lost when the app closes: export them before closing.</source>
        <translation>The record store could not be opened. Documents and edits of this session are lost when the app closes: export them before closing.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="77" />
        <source>Batch cancelled.</source>
        <translation>Batch cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/main_window.py" line="363" />
        <source>Confirmed with %n invalid value(s).</source>
        <translation>
            <numerusform>Confirmed with %n invalid value.</numerusform>
            <numerusform>Confirmed with %n invalid values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/status_line.py" line="80" />
        <source>Batch finished: %n document(s), {1} failed.</source>
        <translation>
            <numerusform>Batch finished: %n document, {1} failed.</numerusform>
            <numerusform>Batch finished: %n documents, {1} failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="61" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="61" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="62" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="142" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="143" />
        <source>Cancel batch</source>
        <translation>Cancel batch</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="144" />
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="145" />
        <source>T&amp;ype of this document:</source>
        <translation>T&amp;ype of this document:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="146" />
        <source>Changing the type reads the document again</source>
        <translation>Changing the type reads the document again</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="116" />
        <source>%v of %m document(s)</source>
        <translation>
            <numerusform>%v of %m document</numerusform>
            <numerusform>%v of %m documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueSession</name>
    <message>
        <location filename="../../desktop_ocr/gui/session.py" line="410" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/session.py" line="461" />
        <source>Interrupted: the app stopped while reading it</source>
        <translation>Interrupted: the app stopped while reading it</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="169" />
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="171" />
        <source>Drop images, PDFs or folders on the window, or use File → Open.</source>
        <translation>Drop images, PDFs or folders on the window, or use File → Open.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="179" />
        <source>Unrecognised document</source>
        <translation>Unrecognised document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="216" />
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="217" />
        <source>Mark as checked and go to the next document needing review (Ctrl+Enter)</source>
        <translation>Mark as checked and go to the next document needing review (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="219" />
        <source>* required · red: invalid · amber: please check</source>
        <translation>* required · red: invalid · amber: please check</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="89" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="153" />
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="184" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="177" />
        <source>Keys and secrets are kept in the system keyring, never in a plain-text file.</source>
        <translation>Keys and secrets are kept in the system keyring, never in a plain-text file.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="178" />
        <source>Keys and secrets are kept in an encrypted file (no system keyring found), never in plain text.</source>
        <translation>Keys and secrets are kept in an encrypted file (no system keyring found), never in plain text.</translation>
    </message>
</context>
<context>
    <name>SkippedFilesDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="27" />
        <source>Files not added</source>
        <translation>Files not added</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="33" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="33" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="51" />
        <source>%n file(s) were not added to the queue:</source>
        <translation>
            <numerusform>%n file was not added to the queue:</numerusform>
            <numerusform>%n files were not added to the queue:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../desktop_ocr/gui/store_bridge.py" line="76" />
        <source>A change could not be saved to the record store because of an internal error ({0}). The details are in the log file.</source>
        <translation>A change could not be saved to the record store because of an internal error ({0}). The details are in the log file.</translation>
    </message>
</context>
</TS>
