<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <location filename="../../desktop_ocr/gui/choosers.py" line="24" />
        <source>Auto-detect</source>
        <translation>Auto-detect</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="33" />
        <source>Offline (on this computer)</source>
        <translation>Offline (on this computer)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="98" />
        <source>Documents are read on this computer; nothing is sent.</source>
        <translation>Documents are read on this computer; nothing is sent.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="100" />
        <source>Documents are sent to this vendor's service.</source>
        <translation>Documents are sent to this vendor's service.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="101" />
        <source>Not configured: enter the endpoint and credentials in Settings first.</source>
        <translation>Not configured: enter the endpoint and credentials in Settings first.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="48" />
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="131" />
        <source>Export records</source>
        <translation>Export records</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="56" />
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="60" />
        <source>&amp;All recognised documents</source>
        <translation>&amp;All recognised documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="61" />
        <source>&amp;Confirmed documents only</source>
        <translation>&amp;Confirmed documents only</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="74" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="85" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="86" />
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="88" />
        <source>&amp;Header language:</source>
        <translation>&amp;Header language:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="89" />
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="142" />
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="153" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="165" />
        <source>Exported to {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="58" />
        <source>Excel workbook (.xlsx), to open in Excel</source>
        <translation>Excel workbook (.xlsx), to open in Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="59" />
        <source>CSV, UTF-8 text (.csv)</source>
        <translation>CSV, UTF-8 text (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="73" />
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="74" />
        <source>Semicolon ( ; ): Excel in most European languages</source>
        <translation>Semicolon ( ; ): Excel in most European languages</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="76" />
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="81" />
        <source>CSV cannot mark a column as text: Excel shows 18-digit ID numbers as 3.30106E+17 and drops leading zeros. To open the records in Excel, export XLSX.</source>
        <translation>CSV cannot mark a column as text: Excel shows 18-digit ID numbers as 3.30106E+17 and drops leading zeros. To open the records in Excel, export XLSX.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="108" />
        <source>CSV &amp;delimiter:</source>
        <translation>CSV &amp;delimiter:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="146" />
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
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="60" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="69" />
        <source>Name, ID number or file name</source>
        <translation>Name, ID number or file name</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="72" />
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="73" />
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="78" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="86" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="94" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="94" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="94" />
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="95" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="95" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="97" />
        <source>&amp;Export these…</source>
        <translation>&amp;Export these…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="122" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="140" />
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
        <location filename="../../desktop_ocr/gui/viewer.py" line="45" />
        <location filename="../../desktop_ocr/gui/viewer.py" line="155" />
        <source>Document image</source>
        <translation>Document image</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="46" />
        <source>The file does not exist (any more).</source>
        <translation>The file does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="269" />
        <source>Desktop OCR — identity documents</source>
        <translation>Desktop OCR — identity documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="270" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="271" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="272" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="273" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="275" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="276" />
        <source>Open &amp;folder…</source>
        <translation>Open &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="277" />
        <source>&amp;Paste image</source>
        <translation>&amp;Paste image</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="278" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="279" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="280" />
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="281" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="282" />
        <source>&amp;Confirm and next</source>
        <translation>&amp;Confirm and next</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="283" />
        <source>&amp;Re-recognise</source>
        <translation>&amp;Re-recognise</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="284" />
        <source>Resume &amp;unfinished documents</source>
        <translation>Resume &amp;unfinished documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="285" />
        <source>&amp;Previous document</source>
        <translation>&amp;Previous document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="286" />
        <source>&amp;Next document</source>
        <translation>&amp;Next document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="287" />
        <source>Remove confirmed from &amp;queue</source>
        <translation>Remove confirmed from &amp;queue</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="288" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="289" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="290" />
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="291" />
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="292" />
        <source>&amp;Rotate 90°</source>
        <translation>&amp;Rotate 90°</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="293" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="302" />
        <source>  &amp;Type: </source>
        <translation>  &amp;Type: </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="303" />
        <source>  &amp;Backend: </source>
        <translation>  &amp;Backend: </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="304" />
        <source>Document type for what you add next</source>
        <translation>Document type for what you add next</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="308" />
        <source>Temporary store: edits will not be kept</source>
        <translation>Temporary store: edits will not be kept</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="310" />
        <source>The record store could not be opened. Documents and edits of this session are lost when the app closes: export them before closing.</source>
        <translation>The record store could not be opened. Documents and edits of this session are lost when the app closes: export them before closing.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="317" />
        <source>Drop photos, scans, PDFs or whole folders here
or use File → Open (Ctrl+O) · Paste (Ctrl+V)</source>
        <translation>Drop photos, scans, PDFs or whole folders here
or use File → Open (Ctrl+O) · Paste (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="392" />
        <source>Open documents</source>
        <translation>Open documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="393" />
        <source>Images and PDFs ({0});;All files (*)</source>
        <translation>Images and PDFs ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="399" />
        <source>Open a folder of documents</source>
        <translation>Open a folder of documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="415" />
        <source>The clipboard holds no image or file.</source>
        <translation>The clipboard holds no image or file.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="424" />
        <source>The watched folder does not exist: {0}</source>
        <translation>The watched folder does not exist: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="430" />
        <source>No watched folder</source>
        <translation>No watched folder</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="432" />
        <source>Watching: {0}</source>
        <translation>Watching: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="495" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="513" />
        <source>Recognising {0} of {1}</source>
        <translation>Recognising {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="516" />
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="517" />
        <source>{0} to review · {1} confirmed · {2} failed</source>
        <translation>{0} to review · {1} confirmed · {2} failed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="526" />
        <source>Batch cancelled.</source>
        <translation>Batch cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="563" />
        <source>Re-recognise</source>
        <translation>Re-recognise</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="564" />
        <source>Your corrections to this document will be replaced by a new reading. Continue?</source>
        <translation>Your corrections to this document will be replaced by a new reading. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="601" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="654" />
        <source>Every document in the queue is checked.</source>
        <translation>Every document in the queue is checked.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="665" />
        <location filename="../../desktop_ocr/gui/main_window.py" line="677" />
        <location filename="../../desktop_ocr/gui/main_window.py" line="707" />
        <source>Record store</source>
        <translation>Record store</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="692" />
        <source>The record store is in use by another copy of the app.</source>
        <translation>The record store is in use by another copy of the app.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="694" />
        <source>The record store was written by a newer version of the app. Update the app to use it.</source>
        <translation>The record store was written by a newer version of the app. Update the app to use it.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="700" />
        <source>This window works with a temporary store: documents and edits of this session will not be kept when the app closes. Export them before closing.</source>
        <translation>This window works with a temporary store: documents and edits of this session will not be kept when the app closes. Export them before closing.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="703" />
        <source>Record store file: {0}</source>
        <translation>Record store file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="706" />
        <source>The record store could not be opened: edits will not be kept.</source>
        <translation>The record store could not be opened: edits will not be kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="780" />
        <source>Interrupted: the app stopped while reading it</source>
        <translation>Interrupted: the app stopped while reading it</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="784" />
        <source>The document being read when the app stopped was not started again, in case it caused that. It is marked failed: use Retry failed to read it.</source>
        <translation>The document being read when the app stopped was not started again, in case it caused that. It is marked failed: use Retry failed to read it.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="787" />
        <source>The {0} documents being read when the app stopped were not started again, in case they caused that. They are marked failed: use Retry failed to read them.</source>
        <translation>The {0} documents being read when the app stopped were not started again, in case they caused that. They are marked failed: use Retry failed to read them.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="794" />
        <source>1 document was not finished when the app last closed. Read it now?</source>
        <translation>1 document was not finished when the app last closed. Read it now?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="797" />
        <source>{0} documents were not finished when the app last closed. Read them now?</source>
        <translation>{0} documents were not finished when the app last closed. Read them now?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="799" />
        <source>Unfinished documents</source>
        <translation>Unfinished documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="804" />
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="805" />
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="838" />
        <source>The unfinished documents stay queued: Document → Resume unfinished documents reads them.</source>
        <translation>The unfinished documents stay queued: Document → Resume unfinished documents reads them.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="896" />
        <source>Stopping recognition…</source>
        <translation>Stopping recognition…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/main_window.py" line="528" />
        <source>Batch finished: %n document(s), {1} failed.</source>
        <translation>
            <numerusform>Batch finished: %n document, {1} failed.</numerusform>
            <numerusform>Batch finished: %n documents, {1} failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/main_window.py" line="647" />
        <source>Confirmed with %n invalid value(s).</source>
        <translation>
            <numerusform>Confirmed with %n invalid value.</numerusform>
            <numerusform>Confirmed with %n invalid values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="90" />
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="91" />
        <source>Recognising…</source>
        <translation>Recognising…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="92" />
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="93" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="94" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="100" />
        <source>Auto-detect</source>
        <translation>Auto-detect</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="130" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="130" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="131" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="135" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="136" />
        <source>Cancel batch</source>
        <translation>Cancel batch</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="137" />
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="138" />
        <source>T&amp;ype of this document:</source>
        <translation>T&amp;ype of this document:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="139" />
        <source>Changing the type reads the document again</source>
        <translation>Changing the type reads the document again</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="111" />
        <source>%v of %m document(s)</source>
        <translation>
            <numerusform>%v of %m document</numerusform>
            <numerusform>%v of %m documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="176" />
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="178" />
        <source>Drop images, PDFs or folders on the window, or use File → Open.</source>
        <translation>Drop images, PDFs or folders on the window, or use File → Open.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="186" />
        <source>Unrecognised document</source>
        <translation>Unrecognised document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="189" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="190" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="191" />
        <source>Edited, not yet confirmed</source>
        <translation>Edited, not yet confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="192" />
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="193" />
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="230" />
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="231" />
        <source>Mark as checked and go to the next document needing review (Ctrl+Enter)</source>
        <translation>Mark as checked and go to the next document needing review (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="233" />
        <source>* required · red: invalid · amber: please check</source>
        <translation>* required · red: invalid · amber: please check</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="90" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="94" />
        <source>Mask ID numbers on screen (shared desks)</source>
        <translation>Mask ID numbers on screen (shared desks)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="98" />
        <source>Keep forever</source>
        <translation>Keep forever</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="99" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="103" />
        <source>No watched folder</source>
        <translation>No watched folder</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="104" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="110" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="112" />
        <source>Delete stored records after:</source>
        <translation>Delete stored records after:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="113" />
        <source>Scanner &amp;hot folder:</source>
        <translation>Scanner &amp;hot folder:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="116" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="122" />
        <source>Confirmed documents only</source>
        <translation>Confirmed documents only</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="130" />
        <source>Default format:</source>
        <translation>Default format:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="132" />
        <source>Header language:</source>
        <translation>Header language:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="133" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="154" />
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="185" />
        <source>Service URL:</source>
        <translation>Service URL:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="155" />
        <source>App key:</source>
        <translation>App key:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="156" />
        <source>App secret:</source>
        <translation>App secret:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="157" />
        <source>SM2 public key (hex):</source>
        <translation>SM2 public key (hex):</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="158" />
        <source>SM4 key (hex, optional):</source>
        <translation>SM4 key (hex, optional):</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="160" />
        <source>Envelope:</source>
        <translation>Envelope:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="161" />
        <source>Envelope fields in:</source>
        <translation>Envelope fields in:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="162" />
        <source>SM4 mode:</source>
        <translation>SM4 mode:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="163" />
        <source>Binary encoding:</source>
        <translation>Binary encoding:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="164" />
        <source>SM2 ciphertext order:</source>
        <translation>SM2 ciphertext order:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="165" />
        <source>Digest of:</source>
        <translation>Digest of:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="166" />
        <source>Answer decrypted with:</source>
        <translation>Answer decrypted with:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="170" />
        <source>SM4 IV (hex, CBC only):</source>
        <translation>SM4 IV (hex, CBC only):</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="186" />
        <source>API ID:</source>
        <translation>API ID:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="187" />
        <source>API secret:</source>
        <translation>API secret:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="188" />
        <source>Send image as:</source>
        <translation>Send image as:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="205" />
        <source>Verify TLS certificates</source>
        <translation>Verify TLS certificates</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="208" />
        <source>Connect timeout:</source>
        <translation>Connect timeout:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="209" />
        <source>Read timeout:</source>
        <translation>Read timeout:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="210" />
        <source>Retries:</source>
        <translation>Retries:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="212" />
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="226" />
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="291" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="238" />
        <source>Keys and secrets are kept in the system keyring, never in a plain-text file.</source>
        <translation>Keys and secrets are kept in the system keyring, never in a plain-text file.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="239" />
        <source>Keys and secrets are kept in an encrypted file (no system keyring found), never in plain text.</source>
        <translation>Keys and secrets are kept in an encrypted file (no system keyring found), never in plain text.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="242" />
        <source>Scanner hot folder</source>
        <translation>Scanner hot folder</translation>
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
        <location filename="../../desktop_ocr/gui/store_bridge.py" line="79" />
        <source>A change could not be saved to the record store because of an internal error ({0}). The details are in the log file.</source>
        <translation>A change could not be saved to the record store because of an internal error ({0}). The details are in the log file.</translation>
    </message>
</context>
</TS>
