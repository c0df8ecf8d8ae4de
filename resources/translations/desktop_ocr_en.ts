<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="24"/>
        <source>About Desktop OCR</source>
        <translation>About Desktop OCR</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="28"/>
        <source>Turns photos and scans of identity documents into checked records.</source>
        <translation>Turns photos and scans of identity documents into checked records.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="29"/>
        <source>Recognition backends</source>
        <translation>Recognition backends</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="30"/>
        <source>The offline backend reads documents on this computer; nothing is sent anywhere unless you choose a cloud backend.</source>
        <translation>The offline backend reads documents on this computer; nothing is sent anywhere unless you choose a cloud backend.</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="94"/>
        <source>Documents are read on this computer; nothing is sent.</source>
        <translation>Documents are read on this computer; nothing is sent.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="96"/>
        <source>Documents are sent to this vendor&apos;s service.</source>
        <translation>Documents are sent to this vendor&apos;s service.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="97"/>
        <source>Not configured: enter the endpoint and credentials in Settings first.</source>
        <translation>Not configured: enter the endpoint and credentials in Settings first.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="66"/>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="206"/>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="223"/>
        <source>Export records</source>
        <translation>Export records</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="75"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="82"/>
        <source>&amp;Confirmed documents ({0})</source>
        <translation>&amp;Confirmed documents ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="84"/>
        <source>&amp;All documents read ({0}, {1} not reviewed)</source>
        <translation>&amp;All documents read ({0}, {1} not reviewed)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="122"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="134"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="135"/>
        <source>Records:</source>
        <translation>Records:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="138"/>
        <source>&amp;Header language:</source>
        <translation>&amp;Header language:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="143"/>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="183"/>
        <source>Nothing to export: no document is confirmed yet. Confirm the checked documents first, or choose all documents read.</source>
        <translation>Nothing to export: no document is confirmed yet. Confirm the checked documents first, or choose all documents read.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="185"/>
        <source>Nothing to export.</source>
        <translation>Nothing to export.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="190"/>
        <source>%n of them not reviewed: nobody has confirmed them.</source>
        <translation>
            <numerusform>%n of them not reviewed: nobody has confirmed them.</numerusform>
            <numerusform>%n of them not reviewed: nobody has confirmed them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="216"/>
        <source>Choose where to save the file.</source>
        <translation>Choose where to save the file.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="224"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="227"/>
        <source>Its records will be lost unless they are in this export too.</source>
        <translation>Its records will be lost unless they are in this export too.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="250"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="261"/>
        <source>Exported to {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="73"/>
        <source>Excel workbook (.xlsx), to open in Excel</source>
        <translation>Excel workbook (.xlsx), to open in Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="74"/>
        <source>CSV, UTF-8 text (.csv)</source>
        <translation>CSV, UTF-8 text (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="91"/>
        <source>Include the au&amp;dit trail</source>
        <translation>Include the au&amp;dit trail</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="93"/>
        <source>Each record&apos;s audit trail: what was read, changed and confirmed, and when — a column in CSV, a sheet of its own in XLSX, a list in JSON.</source>
        <translation>Each record&apos;s audit trail: what was read, changed and confirmed, and when — a column in CSV, a sheet of its own in XLSX, a list in JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="98"/>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="99"/>
        <source>Semicolon ( ; ): Excel in most European languages</source>
        <translation>Semicolon ( ; ): Excel in most European languages</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="101"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="106"/>
        <source>CSV cannot mark a column as text: Excel shows 18-digit ID numbers as 3.30106E+17 and drops leading zeros. To open the records in Excel, export XLSX.</source>
        <translation>CSV cannot mark a column as text: Excel shows 18-digit ID numbers as 3.30106E+17 and drops leading zeros. To open the records in Excel, export XLSX.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="139"/>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV &amp;delimiter:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="188"/>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="193"/>
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
        <location filename="../../desktop_ocr/gui/field_editor.py" line="204"/>
        <source>Required</source>
        <extracomment>Focus that comes back by itself (the window activated again, a menu or popup closed) is not the clerk going to a field. Keys that only hold a modifier (the Ctrl of Ctrl+Enter) or leave: not a look at the field.</extracomment>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="251"/>
        <source>Read as: {0}</source>
        <translation>Read as: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="252"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="255"/>
        <source>Computed from “{0}”: correct that field.</source>
        <translation>Computed from “{0}”: correct that field.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="261"/>
        <source>Revert to the value read: {0}</source>
        <translation>Revert to the value read: {0}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="60"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="68"/>
        <source>Name, ID number or file name</source>
        <translation>Name, ID number or file name</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="71"/>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="72"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="77"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="85"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="93"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="93"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="93"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="94"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="97"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="99"/>
        <source>Show the record in the queue to check or correct it</source>
        <translation>Show the record in the queue to check or correct it</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="101"/>
        <source>&amp;Export these…</source>
        <translation>&amp;Export these…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="127"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="142"/>
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
        <location filename="../../desktop_ocr/gui/viewer.py" line="48"/>
        <location filename="../../desktop_ocr/gui/viewer.py" line="192"/>
        <source>Document image</source>
        <translation>Document image</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="101"/>
        <source>The file does not exist (any more).</source>
        <translation>The file does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="27"/>
        <source>Queued</source>
        <extracomment>Statuses the clerk still has to check.</extracomment>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="28"/>
        <source>Recognising…</source>
        <translation>Recognising…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="29"/>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="30"/>
        <source>Edited, not yet confirmed</source>
        <translation>Edited, not yet confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="31"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="32"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="40"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="44"/>
        <source>Confirmed with a reason</source>
        <translation>Confirmed with a reason</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/labels.py" line="49"/>
        <source>Fix %n field(s)</source>
        <translation>
            <numerusform>Fix %n field</numerusform>
            <numerusform>Fix %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/labels.py" line="51"/>
        <source>Check %n field(s)</source>
        <translation>
            <numerusform>Check %n field</numerusform>
            <numerusform>Check %n fields</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="53"/>
        <source>Ready to confirm</source>
        <translation>Ready to confirm</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="59"/>
        <source>Auto-detect</source>
        <translation>Auto-detect</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="88"/>
        <source>back side only</source>
        <translation>back side only</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="89"/>
        <source>front and back</source>
        <translation>front and back</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="124"/>
        <source>&amp;File</source>
        <extracomment>name → (shortcuts: key names or standard keys, icon); every action of the window. (Key sequences are made only once the application exists.) menu → its actions (None: a separator).</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="125"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="126"/>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="127"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="128"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="132"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="133"/>
        <source>Open &amp;folder…</source>
        <translation>Open &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="134"/>
        <source>&amp;Paste image</source>
        <translation>&amp;Paste image</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="135"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="136"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="137"/>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="139"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="140"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="141"/>
        <source>Re&amp;move from queue</source>
        <translation>Re&amp;move from queue</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="142"/>
        <source>Bring back &amp;removed documents</source>
        <translation>Bring back &amp;removed documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="143"/>
        <source>&amp;Pair front and back side</source>
        <translation>&amp;Pair front and back side</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="144"/>
        <source>U&amp;npair front and back side</source>
        <translation>U&amp;npair front and back side</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="145"/>
        <source>&amp;Confirm and next</source>
        <translation>&amp;Confirm and next</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="146"/>
        <source>Confirm &amp;with a reason…</source>
        <translation>Confirm &amp;with a reason…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="147"/>
        <source>&amp;Re-recognise</source>
        <translation>&amp;Re-recognise</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="148"/>
        <source>Resume &amp;unfinished documents</source>
        <translation>Resume &amp;unfinished documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="149"/>
        <source>&amp;Previous document</source>
        <translation>&amp;Previous document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="150"/>
        <source>&amp;Next document</source>
        <translation>&amp;Next document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="151"/>
        <source>Remove confirmed from &amp;queue</source>
        <translation>Remove confirmed from &amp;queue</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="152"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="153"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="154"/>
        <source>&amp;Fit</source>
        <translation>&amp;Fit</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="155"/>
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="156"/>
        <source>&amp;Rotate right</source>
        <translation>&amp;Rotate right</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="157"/>
        <source>Rotate &amp;left</source>
        <translation>Rotate &amp;left</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="158"/>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="159"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="165"/>
        <source>Open documents</source>
        <translation>Open documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="167"/>
        <source>Images and PDFs ({0});;All files (*)</source>
        <translation>Images and PDFs ({0});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="175"/>
        <source>Open a folder of documents</source>
        <translation>Open a folder of documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="191"/>
        <source>The clipboard holds no image or file.</source>
        <translation>The clipboard holds no image or file.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="176"/>
        <location filename="../../desktop_ocr/gui/notices.py" line="25"/>
        <location filename="../../desktop_ocr/gui/notices.py" line="53"/>
        <source>Record store</source>
        <translation>Record store</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="212"/>
        <source>Desktop OCR — identity documents</source>
        <translation>Desktop OCR — identity documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="214"/>
        <source>  &amp;Type: </source>
        <translation>  &amp;Type: </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="215"/>
        <source>  &amp;Backend: </source>
        <translation>  &amp;Backend: </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="216"/>
        <source>Document type for what you add next</source>
        <translation>Document type for what you add next</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="224"/>
        <source>Drop photos, scans, PDFs or whole folders here
or use File → Open (Ctrl+O) · Paste (Ctrl+V)</source>
        <translation>Drop photos, scans, PDFs or whole folders here
or use File → Open (Ctrl+O) · Paste (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="305"/>
        <source>The scanner folder is a file, not a folder: {0}</source>
        <translation>The scanner folder is a file, not a folder: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="307"/>
        <source>The scanner folder is missing: {0}. New scans are taken as soon as it is back.</source>
        <translation>The scanner folder is missing: {0}. New scans are taken as soon as it is back.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="318"/>
        <source>The scanner folder is gone: {0}. New scans are taken as soon as it is back.</source>
        <translation>The scanner folder is gone: {0}. New scans are taken as soon as it is back.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="323"/>
        <source>The scanner folder is back: {0}</source>
        <translation>The scanner folder is back: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="337"/>
        <source>Re-recognise</source>
        <translation>Re-recognise</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="338"/>
        <source>Your corrections to this document will be replaced by a new reading. Continue?</source>
        <translation>Your corrections to this document will be replaced by a new reading. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="398"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="454"/>
        <source>Stopping recognition…</source>
        <translation>Stopping recognition…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="41"/>
        <source>The record store is in use by another copy of the app.</source>
        <translation>The record store is in use by another copy of the app.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="43"/>
        <source>The record store was written by a newer version of the app. Update the app to use it.</source>
        <translation>The record store was written by a newer version of the app. Update the app to use it.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="49"/>
        <source>This window works with a temporary store: documents and edits of this session will not be kept when the app closes. Export them before closing.</source>
        <translation>This window works with a temporary store: documents and edits of this session will not be kept when the app closes. Export them before closing.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="51"/>
        <source>Record store file: {0}</source>
        <translation>Record store file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="61"/>
        <source>The record store could not be opened: edits will not be kept.</source>
        <translation>The record store could not be opened: edits will not be kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="66"/>
        <source>The document being read when the app stopped was not started again, in case it caused that. It is marked failed: use Retry failed to read it.</source>
        <translation>The document being read when the app stopped was not started again, in case it caused that. It is marked failed: use Retry failed to read it.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="68"/>
        <source>The {0} documents being read when the app stopped were not started again, in case they caused that. They are marked failed: use Retry failed to read them.</source>
        <translation>The {0} documents being read when the app stopped were not started again, in case they caused that. They are marked failed: use Retry failed to read them.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="77"/>
        <source>1 document was not finished when the app last closed. Read it now?</source>
        <translation>1 document was not finished when the app last closed. Read it now?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="79"/>
        <source>{0} documents were not finished when the app last closed. Read them now?</source>
        <translation>{0} documents were not finished when the app last closed. Read them now?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="81"/>
        <source>Unfinished documents</source>
        <translation>Unfinished documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="86"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="87"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="97"/>
        <source>The unfinished documents stay queued: Document → Resume unfinished documents reads them.</source>
        <translation>The unfinished documents stay queued: Document → Resume unfinished documents reads them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/notices.py" line="104"/>
        <source>%n file(s) already in the queue</source>
        <translation>
            <numerusform>%n file already in the queue</numerusform>
            <numerusform>%n files already in the queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/notices.py" line="107"/>
        <source>%n file(s) confirmed before</source>
        <translation>
            <numerusform>%n file confirmed before</numerusform>
            <numerusform>%n files confirmed before</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="117"/>
        <source>Documents already here</source>
        <translation>Documents already here</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="118"/>
        <source>Some of these files hold the same document as one you already have: {0}. Add them again?</source>
        <translation>Some of these files hold the same document as one you already have: {0}. Add them again?</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="128"/>
        <source>&amp;Skip them</source>
        <translation>&amp;Skip them</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="130"/>
        <source>&amp;Add anyway</source>
        <translation>&amp;Add anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="140"/>
        <source>Not added again: {0}.</source>
        <translation>Not added again: {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/notices.py" line="147"/>
        <source>%n file(s) held the same document as another file added with it: each document is added once.</source>
        <translation>
            <numerusform>%n file held the same document as another file added with it: each document is added once.</numerusform>
            <numerusform>%n files held the same document as another file added with it: each document is added once.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="48"/>
        <source>Recognising {0} of {1}</source>
        <translation>Recognising {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="51"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="52"/>
        <source>{0} to review · {1} confirmed · {2} failed</source>
        <translation>{0} to review · {1} confirmed · {2} failed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="61"/>
        <source>No watched folder</source>
        <translation>No watched folder</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="63"/>
        <source>Watching: {0}</source>
        <translation>Watching: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="65"/>
        <source>Watched folder missing: {0}</source>
        <translation>Watched folder missing: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="68"/>
        <source>The scanner&apos;s folder is not there (a USB stick pulled out, a network share down?). New scans are taken as soon as it is back.</source>
        <translation>The scanner&apos;s folder is not there (a USB stick pulled out, a network share down?). New scans are taken as soon as it is back.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="73"/>
        <source>Temporary store: edits will not be kept</source>
        <translation>Temporary store: edits will not be kept</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="75"/>
        <source>The record store could not be opened. Documents and edits of this session are lost when the app closes: export them before closing.</source>
        <translation>The record store could not be opened. Documents and edits of this session are lost when the app closes: export them before closing.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="89"/>
        <source>Batch cancelled.</source>
        <translation>Batch cancelled.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/status_line.py" line="96"/>
        <source>%n card(s): front and back side paired into one document.</source>
        <translation>
            <numerusform>%n card: front and back side paired into one document.</numerusform>
            <numerusform>%n cards: front and back side paired into one document.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="52"/>
        <source>required, but empty</source>
        <extracomment>the shortest reason accepted for confirming over problems</extracomment>
        <translation>required, but empty</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="56"/>
        <source>not looked at yet</source>
        <translation>not looked at yet</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="67"/>
        <source>Confirm with a reason</source>
        <translation>Confirm with a reason</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="68"/>
        <source>This document has problems that are not fixed:</source>
        <translation>This document has problems that are not fixed:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="74"/>
        <source>Why may it be confirmed as it is? Your reason is kept with the record and exported.</source>
        <translation>Why may it be confirmed as it is? Your reason is kept with the record and exported.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="80"/>
        <source>e.g. card misprinted, checked by phone</source>
        <translation>e.g. card misprinted, checked by phone</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="86"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="104"/>
        <source>Write a reason of at least %n character(s) to confirm.</source>
        <translation>
            <numerusform>Write a reason of at least %n character to confirm.</numerusform>
            <numerusform>Write a reason of at least %n characters to confirm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="128"/>
        <source>This document was confirmed: your change re-opens it. Confirm it again when it is right.</source>
        <translation>This document was confirmed: your change re-opens it. Confirm it again when it is right.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="153"/>
        <source>%n field(s) still to check before confirming.</source>
        <translation>
            <numerusform>%n field still to check before confirming.</numerusform>
            <numerusform>%n fields still to check before confirming.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="157"/>
        <source>Cannot confirm: %n field(s) invalid or missing. Fix them, or confirm with a reason (Ctrl+Shift+Enter).</source>
        <translation>
            <numerusform>Cannot confirm: %n field invalid or missing. Fix them, or confirm with a reason (Ctrl+Shift+Enter).</numerusform>
            <numerusform>Cannot confirm: %n fields invalid or missing. Fix them, or confirm with a reason (Ctrl+Shift+Enter).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="179"/>
        <source>Confirmed with your reason; it is kept with the record.</source>
        <translation>Confirmed with your reason; it is kept with the record.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="190"/>
        <source>Every document in the queue is checked.</source>
        <translation>Every document in the queue is checked.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="200"/>
        <source>Nothing to undo in this document.</source>
        <translation>Nothing to undo in this document.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="204"/>
        <source>Nothing to redo in this document.</source>
        <translation>Nothing to redo in this document.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="227"/>
        <source>Removed %n document(s) from the queue; the files are kept. Ctrl+Z in the queue brings them back.</source>
        <translation>
            <numerusform>Removed %n document from the queue; the files are kept. Ctrl+Z in the queue brings them back.</numerusform>
            <numerusform>Removed %n documents from the queue; the files are kept. Ctrl+Z in the queue brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="235"/>
        <source>Undone in the queue: %n document(s) as they were.</source>
        <translation>
            <numerusform>Undone in the queue: %n document as it was.</numerusform>
            <numerusform>Undone in the queue: %n documents as they were.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="245"/>
        <source>Select two read documents of one card: its front and its back side (Ctrl+click).</source>
        <translation>Select two read documents of one card: its front and its back side (Ctrl+click).</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="264"/>
        <source>{0}: its front and back side are one document now.</source>
        <translation>{0}: its front and back side are one document now.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="266"/>
        <source>{0}: its front and back side were paired automatically.</source>
        <translation>{0}: its front and back side were paired automatically.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="270"/>
        <source>The two sides disagree in %n field(s), shown in red with both readings.</source>
        <translation>
            <numerusform>The two sides disagree in %n field, shown in red with both readings.</numerusform>
            <numerusform>The two sides disagree in %n fields, shown in red with both readings.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="273"/>
        <source>Ctrl+Z in the queue takes them apart.</source>
        <translation>Ctrl+Z in the queue takes them apart.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="289"/>
        <source>The back side is a document of its own again, after the front. Ctrl+Z in the queue pairs them again.</source>
        <translation>The back side is a document of its own again, after the front. Ctrl+Z in the queue pairs them again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="297"/>
        <source>%n document(s) back in the queue.</source>
        <translation>
            <numerusform>%n document back in the queue.</numerusform>
            <numerusform>%n documents back in the queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/status_line.py" line="92"/>
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
        <location filename="../../desktop_ocr/gui/queue_model.py" line="88"/>
        <source>Document</source>
        <extracomment>the order &quot;what to do&quot; sorts in: fix, check, ready, then the rest the view&apos;s filter choices (``WorklistFilter.set_filter``)</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="89"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="92"/>
        <source>{0} invalid or missing (red) · {1} to check (amber)</source>
        <translation>{0} invalid or missing (red) · {1} to check (amber)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="149"/>
        <source>{0} invalid or missing, {1} to check ({2} not looked at yet)</source>
        <translation>{0} invalid or missing, {1} to check ({2} not looked at yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="90"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="342"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="343"/>
        <source>Cancel batch</source>
        <translation>Cancel batch</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="344"/>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="345"/>
        <source>T&amp;ype of this document:</source>
        <translation>T&amp;ype of this document:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="346"/>
        <source>Changing the type reads the document again</source>
        <translation>Changing the type reads the document again</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="348"/>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="349"/>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="349"/>
        <source>To check</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="350"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="350"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="351"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="303"/>
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
        <location filename="../../desktop_ocr/gui/session.py" line="956"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/session.py" line="960"/>
        <source>Interrupted: the app stopped while reading it</source>
        <translation>Interrupted: the app stopped while reading it</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="462"/>
        <source>No document selected</source>
        <extracomment>an editor in a two-column form is at least this many font heights wide (about as many Chinese characters: a name, an address stays readable) space between the fields&apos; lines, in the normal and in the compact layout Qt&apos;s &quot;no maximum&quot; for a widget&apos;s size</extracomment>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="464"/>
        <source>Drop images, PDFs or folders on the window, or use File → Open.</source>
        <translation>Drop images, PDFs or folders on the window, or use File → Open.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="475"/>
        <source>Unrecognised document</source>
        <translation>Unrecognised document</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="517"/>
        <source>Back side: {0} — checked against its machine-readable zone.</source>
        <translation>Back side: {0} — checked against its machine-readable zone.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="534"/>
        <source>Confirmed with a reason: {0}</source>
        <translation>Confirmed with a reason: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="535"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/form.py" line="541"/>
        <source>Cannot confirm: %n field(s) to fix</source>
        <translation>
            <numerusform>Cannot confirm: %n field to fix</numerusform>
            <numerusform>Cannot confirm: %n fields to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/form.py" line="545"/>
        <source>%n field(s) to check</source>
        <translation>
            <numerusform>%n field to check</numerusform>
            <numerusform>%n fields to check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="547"/>
        <source>Ready to confirm (Ctrl+Enter).</source>
        <translation>Ready to confirm (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="553"/>
        <source>Ctrl+Enter goes to the next field to check, then confirms. A red field (invalid, or required and empty) must be fixed, or the document confirmed with a reason.</source>
        <translation>Ctrl+Enter goes to the next field to check, then confirms. A red field (invalid, or required and empty) must be fixed, or the document confirmed with a reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="608"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="609"/>
        <source>Mark as checked and go to the next document needing review (Ctrl+Enter)</source>
        <translation>Mark as checked and go to the next document needing review (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="611"/>
        <source>Confirm with a reason…</source>
        <translation>Confirm with a reason…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="613"/>
        <source>Confirm although fields are invalid or missing; your reason is kept with the record and exported (Ctrl+Shift+Enter)</source>
        <translation>Confirm although fields are invalid or missing; your reason is kept with the record and exported (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="615"/>
        <source>* required · {0} to check · {1} changed</source>
        <translation>* required · {0} to check · {1} changed</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="618"/>
        <source>Red: invalid, or required and empty. Amber: please check against the image.</source>
        <translation>Red: invalid, or required and empty. Amber: please check against the image.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="96"/>
        <source>Browse…</source>
        <extracomment>The app&apos;s sections before and after the backends&apos; tabs.</extracomment>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="169"/>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="283"/>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="289"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="185"/>
        <source>Advanced (for IT)</source>
        <translation>Advanced (for IT)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="209"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="211"/>
        <source>Sends one blank test page with the values above (not saved yet) and says whether the service accepts them</source>
        <translation>Sends one blank test page with the values above (not saved yet) and says whether the service accepts them</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="233"/>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="273"/>
        <source>Keys and secrets are kept in the system keyring, never in a plain-text file.</source>
        <translation>Keys and secrets are kept in the system keyring, never in a plain-text file.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="274"/>
        <source>Keys and secrets are kept in an encrypted file (no system keyring found), never in plain text.</source>
        <translation>Keys and secrets are kept in an encrypted file (no system keyring found), never in plain text.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="280"/>
        <source>{0} {1} is a file, not a folder. Choose the folder the files go into, or leave it empty.</source>
        <translation>{0} {1} is a file, not a folder. Choose the folder the files go into, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="282"/>
        <source>{0} {1} does not exist. Choose an existing folder, or leave it empty.</source>
        <translation>{0} {1} does not exist. Choose an existing folder, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>SkippedFilesDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="27"/>
        <source>Files not added</source>
        <translation>Files not added</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="33"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="33"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="51"/>
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
        <location filename="../../desktop_ocr/gui/store_bridge.py" line="76"/>
        <source>A change could not be saved to the record store because of an internal error ({0}). The details are in the log file.</source>
        <extracomment>SQLite&apos;s name for a database that lives only in memory (nothing written to disk).</extracomment>
        <translation>A change could not be saved to the record store because of an internal error ({0}). The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../desktop_ocr/gui/guide.py" line="56"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
</TS>
