<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="24"/>
        <source>About Desktop OCR</source>
        <translation>关于 Desktop OCR</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="28"/>
        <source>Turns photos and scans of identity documents into checked records.</source>
        <translation>把身份证件的照片和扫描件变成经过核对的结构化记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="29"/>
        <source>Recognition backends</source>
        <translation>识别后端</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="30"/>
        <source>The offline backend reads documents on this computer; nothing is sent anywhere unless you choose a cloud backend.</source>
        <translation>离线后端在本机识别证件；除非您选择云端后端，否则不会发送任何内容。</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="94"/>
        <source>Documents are read on this computer; nothing is sent.</source>
        <translation>证件在本机识别，不发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="96"/>
        <source>Documents are sent to this vendor&apos;s service.</source>
        <translation>证件将发送到该厂商的服务。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="97"/>
        <source>Not configured: enter the endpoint and credentials in Settings first.</source>
        <translation>尚未配置：请先在“设置”中填写服务地址和凭据。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="66"/>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="206"/>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="223"/>
        <source>Export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="75"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="82"/>
        <source>&amp;Confirmed documents ({0})</source>
        <translation>已确认的证件（{0}）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="84"/>
        <source>&amp;All documents read ({0}, {1} not reviewed)</source>
        <translation>所有已识别的证件（{0} 份，其中 {1} 份未核对）(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="122"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="134"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="135"/>
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="138"/>
        <source>&amp;Header language:</source>
        <translation>表头语言(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="143"/>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="183"/>
        <source>Nothing to export: no document is confirmed yet. Confirm the checked documents first, or choose all documents read.</source>
        <translation>没有可导出的内容：还没有已确认的证件。请先确认核对过的证件，或选择所有已识别的证件。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="185"/>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="190"/>
        <source>%n of them not reviewed: nobody has confirmed them.</source>
        <translation>
            <numerusform>其中 %n 份未核对：尚无人确认。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="216"/>
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="224"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} 已存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="227"/>
        <source>Its records will be lost unless they are in this export too.</source>
        <translation>除非本次导出也包含其中的记录，否则这些记录将丢失。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="250"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="261"/>
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="73"/>
        <source>Excel workbook (.xlsx), to open in Excel</source>
        <translation>Excel 工作簿 (.xlsx)，用 Excel 打开请选此项</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="74"/>
        <source>CSV, UTF-8 text (.csv)</source>
        <translation>CSV，UTF-8 文本 (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="91"/>
        <source>Include the au&amp;dit trail</source>
        <translation>包含核对记录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="93"/>
        <source>Each record&apos;s audit trail: what was read, changed and confirmed, and when — a column in CSV, a sheet of its own in XLSX, a list in JSON.</source>
        <translation>每条记录的核对记录：识别结果、修改和确认及其时间——CSV 中为一列，XLSX 中为单独的工作表，JSON 中为列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="98"/>
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="99"/>
        <source>Semicolon ( ; ): Excel in most European languages</source>
        <translation>分号（ ; ）：多数欧洲语言版 Excel 使用</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="101"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="106"/>
        <source>CSV cannot mark a column as text: Excel shows 18-digit ID numbers as 3.30106E+17 and drops leading zeros. To open the records in Excel, export XLSX.</source>
        <translation>CSV 无法把列标记为文本：Excel 会把 18 位身份证号码显示为 3.30106E+17，并去掉开头的 0。要在 Excel 中打开记录，请导出 XLSX。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="139"/>
        <source>CSV &amp;delimiter:</source>
        <translation>CSV 分隔符(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="188"/>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="193"/>
        <source>%n record(s) will be exported.</source>
        <translation>
            <numerusform>将导出 %n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="204"/>
        <source>Required</source>
        <extracomment>Focus that comes back by itself (the window activated again, a menu or popup closed) is not the clerk going to a field. Keys that only hold a modifier (the Ctrl of Ctrl+Enter) or leave: not a look at the field.</extracomment>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="251"/>
        <source>Read as: {0}</source>
        <translation>识别值：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="252"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="255"/>
        <source>Computed from “{0}”: correct that field.</source>
        <translation>由“{0}”计算得出：请更正该字段。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="261"/>
        <source>Revert to the value read: {0}</source>
        <translation>恢复为识别值：{0}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="60"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="68"/>
        <source>Name, ID number or file name</source>
        <translation>姓名、证件号码或文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="71"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="72"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="77"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="85"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="93"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="93"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="93"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="94"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="94"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="97"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="99"/>
        <source>Show the record in the queue to check or correct it</source>
        <translation>在队列中显示该记录，以便核对或更正</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="101"/>
        <source>&amp;Export these…</source>
        <translation>导出这些记录(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="127"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="142"/>
        <source>%n record(s) found</source>
        <translation>
            <numerusform>找到 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../desktop_ocr/gui/viewer.py" line="48"/>
        <location filename="../../desktop_ocr/gui/viewer.py" line="192"/>
        <source>Document image</source>
        <translation>证件图像</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="101"/>
        <source>The file does not exist (any more).</source>
        <translation>文件不存在（可能已被移动或删除）。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="27"/>
        <source>Queued</source>
        <extracomment>Statuses the clerk still has to check.</extracomment>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="28"/>
        <source>Recognising…</source>
        <translation>正在识别…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="29"/>
        <source>Needs review</source>
        <translation>待核对</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="30"/>
        <source>Edited, not yet confirmed</source>
        <translation>已修改，尚未确认</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="31"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="32"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="40"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="44"/>
        <source>Confirmed with a reason</source>
        <translation>已填写理由确认</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/labels.py" line="49"/>
        <source>Fix %n field(s)</source>
        <translation>
            <numerusform>修改 %n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/labels.py" line="51"/>
        <source>Check %n field(s)</source>
        <translation>
            <numerusform>核对 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="53"/>
        <source>Ready to confirm</source>
        <translation>可以确认</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="59"/>
        <source>Auto-detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="88"/>
        <source>back side only</source>
        <translation>仅背面</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="89"/>
        <source>front and back</source>
        <translation>正面和背面</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="124"/>
        <source>&amp;File</source>
        <extracomment>name → (shortcuts: key names or standard keys, icon); every action of the window. (Key sequences are made only once the application exists.) menu → its actions (None: a separator).</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="125"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="126"/>
        <source>&amp;Document</source>
        <translation>证件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="127"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="128"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="132"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="133"/>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="134"/>
        <source>&amp;Paste image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="135"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="136"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="137"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="139"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="140"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="141"/>
        <source>Re&amp;move from queue</source>
        <translation>移出队列(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="142"/>
        <source>Bring back &amp;removed documents</source>
        <translation>恢复移出的证件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="143"/>
        <source>&amp;Pair front and back side</source>
        <translation>配对正面和背面(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="144"/>
        <source>U&amp;npair front and back side</source>
        <translation>拆开正面和背面(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="145"/>
        <source>&amp;Confirm and next</source>
        <translation>确认并转到下一份(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="146"/>
        <source>Confirm &amp;with a reason…</source>
        <translation>填写理由后确认(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="147"/>
        <source>&amp;Re-recognise</source>
        <translation>重新识别(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="148"/>
        <source>Resume &amp;unfinished documents</source>
        <translation>继续识别未完成的文档(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="149"/>
        <source>&amp;Previous document</source>
        <translation>上一份证件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="150"/>
        <source>&amp;Next document</source>
        <translation>下一份证件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="151"/>
        <source>Remove confirmed from &amp;queue</source>
        <translation>从队列中移除已确认的(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="152"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="153"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="154"/>
        <source>&amp;Fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="155"/>
        <source>&amp;100%</source>
        <translation>100%(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="156"/>
        <source>&amp;Rotate right</source>
        <translation>向右旋转(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="157"/>
        <source>Rotate &amp;left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="158"/>
        <source>User &amp;guide</source>
        <translation>使用说明(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="159"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="165"/>
        <source>Open documents</source>
        <translation>打开证件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="167"/>
        <source>Images and PDFs ({0});;All files (*)</source>
        <translation>图像和 PDF ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="175"/>
        <source>Open a folder of documents</source>
        <translation>打开证件文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="191"/>
        <source>The clipboard holds no image or file.</source>
        <translation>剪贴板中没有图像或文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="176"/>
        <location filename="../../desktop_ocr/gui/notices.py" line="25"/>
        <location filename="../../desktop_ocr/gui/notices.py" line="53"/>
        <source>Record store</source>
        <translation>记录库</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="212"/>
        <source>Desktop OCR — identity documents</source>
        <translation>Desktop OCR — 身份证件识别</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="214"/>
        <source>  &amp;Type: </source>
        <translation>  类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="215"/>
        <source>  &amp;Backend: </source>
        <translation>  识别后端(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="216"/>
        <source>Document type for what you add next</source>
        <translation>之后添加的证件所用的类型</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="224"/>
        <source>Drop photos, scans, PDFs or whole folders here
or use File → Open (Ctrl+O) · Paste (Ctrl+V)</source>
        <translation>将照片、扫描件、PDF 或整个文件夹拖到这里
或使用“文件 → 打开”(Ctrl+O) · 粘贴 (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="305"/>
        <source>The scanner folder is a file, not a folder: {0}</source>
        <translation>扫描仪文件夹是一个文件，不是文件夹：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="307"/>
        <source>The scanner folder is missing: {0}. New scans are taken as soon as it is back.</source>
        <translation>扫描仪文件夹不在：{0}。文件夹恢复后，新扫描的文件会立即加入。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="318"/>
        <source>The scanner folder is gone: {0}. New scans are taken as soon as it is back.</source>
        <translation>扫描仪文件夹已不在：{0}。文件夹恢复后，新扫描的文件会立即加入。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="323"/>
        <source>The scanner folder is back: {0}</source>
        <translation>扫描仪文件夹已恢复：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="337"/>
        <source>Re-recognise</source>
        <translation>重新识别</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="338"/>
        <source>Your corrections to this document will be replaced by a new reading. Continue?</source>
        <translation>您对此证件的修改将被新的识别结果替换。是否继续？</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="398"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="454"/>
        <source>Stopping recognition…</source>
        <translation>正在停止识别…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="41"/>
        <source>The record store is in use by another copy of the app.</source>
        <translation>记录库正被另一个程序窗口使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="43"/>
        <source>The record store was written by a newer version of the app. Update the app to use it.</source>
        <translation>记录库由更新版本的程序创建。请升级本程序后再使用它。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="49"/>
        <source>This window works with a temporary store: documents and edits of this session will not be kept when the app closes. Export them before closing.</source>
        <translation>本窗口正在使用临时记录库：程序关闭后，本次的文档和修改不会保留。请在关闭前导出。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="51"/>
        <source>Record store file: {0}</source>
        <translation>记录库文件：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="61"/>
        <source>The record store could not be opened: edits will not be kept.</source>
        <translation>无法打开记录库：修改不会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="66"/>
        <source>The document being read when the app stopped was not started again, in case it caused that. It is marked failed: use Retry failed to read it.</source>
        <translation>程序停止时正在识别的文档没有自动重新开始，以防正是它导致了停止。它已标记为失败：请用“重试失败项”重新识别。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="68"/>
        <source>The {0} documents being read when the app stopped were not started again, in case they caused that. They are marked failed: use Retry failed to read them.</source>
        <translation>程序停止时正在识别的 {0} 份文档没有自动重新开始，以防正是它们导致了停止。它们已标记为失败：请用“重试失败项”重新识别。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="77"/>
        <source>1 document was not finished when the app last closed. Read it now?</source>
        <translation>上次关闭程序时有 1 份文档尚未识别完成。现在识别吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="79"/>
        <source>{0} documents were not finished when the app last closed. Read them now?</source>
        <translation>上次关闭程序时有 {0} 份文档尚未识别完成。现在识别吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="81"/>
        <source>Unfinished documents</source>
        <translation>未完成的文档</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="86"/>
        <source>&amp;Resume</source>
        <translation>继续识别(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="87"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="97"/>
        <source>The unfinished documents stay queued: Document → Resume unfinished documents reads them.</source>
        <translation>未完成的文档仍在队列中：使用“证件 → 继续识别未完成的文档”即可识别。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/notices.py" line="104"/>
        <source>%n file(s) already in the queue</source>
        <translation>
            <numerusform>%n 个文件已在队列中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/notices.py" line="107"/>
        <source>%n file(s) confirmed before</source>
        <translation>
            <numerusform>%n 个文件以前已确认</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="117"/>
        <source>Documents already here</source>
        <translation>证件已存在</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="118"/>
        <source>Some of these files hold the same document as one you already have: {0}. Add them again?</source>
        <translation>其中有些文件与已有的证件内容相同：{0}。仍要再次添加吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="128"/>
        <source>&amp;Skip them</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="130"/>
        <source>&amp;Add anyway</source>
        <translation>仍然添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="140"/>
        <source>Not added again: {0}.</source>
        <translation>未重复添加：{0}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/notices.py" line="147"/>
        <source>%n file(s) held the same document as another file added with it: each document is added once.</source>
        <translation>
            <numerusform>有 %n 个文件与同时添加的另一个文件是同一份证件：每份证件只添加一次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="48"/>
        <source>Recognising {0} of {1}</source>
        <translation>正在识别第 {0} 份，共 {1} 份</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="51"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="52"/>
        <source>{0} to review · {1} confirmed · {2} failed</source>
        <translation>待核对 {0} · 已确认 {1} · 失败 {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="61"/>
        <source>No watched folder</source>
        <translation>未监视文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="63"/>
        <source>Watching: {0}</source>
        <translation>正在监视：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="65"/>
        <source>Watched folder missing: {0}</source>
        <translation>监视的文件夹不在：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="68"/>
        <source>The scanner&apos;s folder is not there (a USB stick pulled out, a network share down?). New scans are taken as soon as it is back.</source>
        <translation>扫描仪文件夹不在（U 盘被拔出，或网络共享断开？）。文件夹恢复后，新扫描的文件会立即加入。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="73"/>
        <source>Temporary store: edits will not be kept</source>
        <translation>临时记录库：修改不会保留</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="75"/>
        <source>The record store could not be opened. Documents and edits of this session are lost when the app closes: export them before closing.</source>
        <translation>无法打开记录库。本次的文档和修改在程序关闭后会丢失：请在关闭前导出。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="89"/>
        <source>Batch cancelled.</source>
        <translation>批处理已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/status_line.py" line="96"/>
        <source>%n card(s): front and back side paired into one document.</source>
        <translation>
            <numerusform>%n 张证件的正面和背面已配对为一份文档。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="52"/>
        <source>required, but empty</source>
        <extracomment>the shortest reason accepted for confirming over problems</extracomment>
        <translation>必填，但为空</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="56"/>
        <source>not looked at yet</source>
        <translation>尚未查看</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="67"/>
        <source>Confirm with a reason</source>
        <translation>填写理由后确认</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="68"/>
        <source>This document has problems that are not fixed:</source>
        <translation>这份证件有尚未解决的问题：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="74"/>
        <source>Why may it be confirmed as it is? Your reason is kept with the record and exported.</source>
        <translation>为什么可以按现状确认？您的理由会随记录保存并导出。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="80"/>
        <source>e.g. card misprinted, checked by phone</source>
        <translation>例如：证件印刷有误，已电话核实</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="86"/>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="104"/>
        <source>Write a reason of at least %n character(s) to confirm.</source>
        <translation>
            <numerusform>请至少写 %n 个字的理由才能确认。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="128"/>
        <source>This document was confirmed: your change re-opens it. Confirm it again when it is right.</source>
        <translation>这份证件已确认：您的修改使其重新变为待核对。确认无误后请再次确认。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="153"/>
        <source>%n field(s) still to check before confirming.</source>
        <translation>
            <numerusform>确认前还有 %n 个字段需要核对。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="157"/>
        <source>Cannot confirm: %n field(s) invalid or missing. Fix them, or confirm with a reason (Ctrl+Shift+Enter).</source>
        <translation>
            <numerusform>无法确认：%n 个字段无效或缺失。请更正，或填写理由后确认（Ctrl+Shift+Enter）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="179"/>
        <source>Confirmed with your reason; it is kept with the record.</source>
        <translation>已按您填写的理由确认；理由已随记录保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="190"/>
        <source>Every document in the queue is checked.</source>
        <translation>队列中的所有证件都已核对。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="200"/>
        <source>Nothing to undo in this document.</source>
        <translation>这份证件没有可撤销的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="204"/>
        <source>Nothing to redo in this document.</source>
        <translation>这份证件没有可重做的修改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="227"/>
        <source>Removed %n document(s) from the queue; the files are kept. Ctrl+Z in the queue brings them back.</source>
        <translation>
            <numerusform>已将 %n 份证件移出队列；文件本身保留。在队列中按 Ctrl+Z 可恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="235"/>
        <source>Undone in the queue: %n document(s) as they were.</source>
        <translation>
            <numerusform>已在队列中撤销：%n 份文档恢复原状。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="245"/>
        <source>Select two read documents of one card: its front and its back side (Ctrl+click).</source>
        <translation>请选择同一张证件已识别的两份文档：正面和背面（按住 Ctrl 单击）。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="264"/>
        <source>{0}: its front and back side are one document now.</source>
        <translation>{0}：正面和背面现已合为一份文档。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="266"/>
        <source>{0}: its front and back side were paired automatically.</source>
        <translation>{0}：正面和背面已自动配对。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="270"/>
        <source>The two sides disagree in %n field(s), shown in red with both readings.</source>
        <translation>
            <numerusform>两面有 %n 个字段不一致，已标红并显示两面的读数。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="273"/>
        <source>Ctrl+Z in the queue takes them apart.</source>
        <translation>在队列中按 Ctrl+Z 可拆开。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/checking.py" line="289"/>
        <source>The back side is a document of its own again, after the front. Ctrl+Z in the queue pairs them again.</source>
        <translation>背面已重新成为单独的文档，排在正面之后。在队列中按 Ctrl+Z 可重新配对。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/checking.py" line="297"/>
        <source>%n document(s) back in the queue.</source>
        <translation>
            <numerusform>%n 份证件已恢复到队列。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/status_line.py" line="92"/>
        <source>Batch finished: %n document(s), {1} failed.</source>
        <translation>
            <numerusform>批处理完成：共 %n 份，失败 {1} 份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="88"/>
        <source>Document</source>
        <extracomment>the order &quot;what to do&quot; sorts in: fix, check, ready, then the rest the view&apos;s filter choices (``WorklistFilter.set_filter``)</extracomment>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="89"/>
        <source>Check</source>
        <translation>核对</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="92"/>
        <source>{0} invalid or missing (red) · {1} to check (amber)</source>
        <translation>{0} 无效或缺失（红色）· {1} 需核对（黄色）</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="149"/>
        <source>{0} invalid or missing, {1} to check ({2} not looked at yet)</source>
        <translation>{0} 个无效或缺失，{1} 个需核对（{2} 个尚未查看）</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="90"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="342"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="343"/>
        <source>Cancel batch</source>
        <translation>取消批处理</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="344"/>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="345"/>
        <source>T&amp;ype of this document:</source>
        <translation>此证件的类型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="346"/>
        <source>Changing the type reads the document again</source>
        <translation>更改类型后将重新识别此证件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="348"/>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="349"/>
        <source>All documents</source>
        <translation>所有证件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="349"/>
        <source>To check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="350"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="350"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="351"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="303"/>
        <source>%v of %m document(s)</source>
        <translation>
            <numerusform>%v / %m 份证件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueSession</name>
    <message>
        <location filename="../../desktop_ocr/gui/session.py" line="956"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/session.py" line="960"/>
        <source>Interrupted: the app stopped while reading it</source>
        <translation>已中断：识别此文档时程序停止了</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="462"/>
        <source>No document selected</source>
        <extracomment>an editor in a two-column form is at least this many font heights wide (about as many Chinese characters: a name, an address stays readable) space between the fields&apos; lines, in the normal and in the compact layout Qt&apos;s &quot;no maximum&quot; for a widget&apos;s size</extracomment>
        <translation>未选择证件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="464"/>
        <source>Drop images, PDFs or folders on the window, or use File → Open.</source>
        <translation>将图像、PDF 或文件夹拖到窗口中，或使用“文件 → 打开”。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="475"/>
        <source>Unrecognised document</source>
        <translation>未能识别的证件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="517"/>
        <source>Back side: {0} — checked against its machine-readable zone.</source>
        <translation>背面：{0}——已与其机读区核对。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="534"/>
        <source>Confirmed with a reason: {0}</source>
        <translation>已填写理由确认：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="535"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/form.py" line="541"/>
        <source>Cannot confirm: %n field(s) to fix</source>
        <translation>
            <numerusform>无法确认：%n 个字段需要更正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/form.py" line="545"/>
        <source>%n field(s) to check</source>
        <translation>
            <numerusform>%n 个字段待核对</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="547"/>
        <source>Ready to confirm (Ctrl+Enter).</source>
        <translation>可以确认（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="553"/>
        <source>Ctrl+Enter goes to the next field to check, then confirms. A red field (invalid, or required and empty) must be fixed, or the document confirmed with a reason.</source>
        <translation>Ctrl+Enter 先转到下一个待核对字段，然后确认。红色字段（无效，或必填却为空）必须更正，或填写理由后确认。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="608"/>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="609"/>
        <source>Mark as checked and go to the next document needing review (Ctrl+Enter)</source>
        <translation>标记为已核对并转到下一份待核对的证件 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="611"/>
        <source>Confirm with a reason…</source>
        <translation>填写理由后确认…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="613"/>
        <source>Confirm although fields are invalid or missing; your reason is kept with the record and exported (Ctrl+Shift+Enter)</source>
        <translation>在字段无效或缺失的情况下确认；您的理由会随记录保存并导出（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="615"/>
        <source>* required · {0} to check · {1} changed</source>
        <translation>* 必填 · {0} 待核对 · {1} 已修改</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="618"/>
        <source>Red: invalid, or required and empty. Amber: please check against the image.</source>
        <translation>红色：无效，或必填却为空。黄色：请对照图片核对。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="96"/>
        <source>Browse…</source>
        <extracomment>The app&apos;s sections before and after the backends&apos; tabs.</extracomment>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="169"/>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="283"/>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="289"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="185"/>
        <source>Advanced (for IT)</source>
        <translation>高级（供 IT 人员）</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="209"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="211"/>
        <source>Sends one blank test page with the values above (not saved yet) and says whether the service accepts them</source>
        <translation>用上面填写的值（尚未保存）发送一张空白测试页，并显示服务是否接受</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="233"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="273"/>
        <source>Keys and secrets are kept in the system keyring, never in a plain-text file.</source>
        <translation>密钥和凭据保存在系统钥匙串中，绝不以明文文件保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="274"/>
        <source>Keys and secrets are kept in an encrypted file (no system keyring found), never in plain text.</source>
        <translation>密钥和凭据保存在加密文件中（未找到系统钥匙串），绝不以明文保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="280"/>
        <source>{0} {1} is a file, not a folder. Choose the folder the files go into, or leave it empty.</source>
        <translation>{0} {1} 是一个文件，不是文件夹。请选择存放文件的文件夹，或留空。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="282"/>
        <source>{0} {1} does not exist. Choose an existing folder, or leave it empty.</source>
        <translation>{0} {1} 不存在。请选择已有的文件夹，或留空。</translation>
    </message>
</context>
<context>
    <name>SkippedFilesDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="27"/>
        <source>Files not added</source>
        <translation>未添加的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="33"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="33"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="51"/>
        <source>%n file(s) were not added to the queue:</source>
        <translation>
            <numerusform>有 %n 个文件未加入队列：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../desktop_ocr/gui/store_bridge.py" line="76"/>
        <source>A change could not be saved to the record store because of an internal error ({0}). The details are in the log file.</source>
        <extracomment>SQLite&apos;s name for a database that lives only in memory (nothing written to disk).</extracomment>
        <translation>由于内部错误（{0}），一项更改未能保存到记录库。详细信息见日志文件。</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../desktop_ocr/gui/guide.py" line="56"/>
        <source>User guide</source>
        <translation>使用说明</translation>
    </message>
</context>
</TS>
