<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="24" />
        <source>About Desktop OCR</source>
        <translation>关于 Desktop OCR</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="28" />
        <source>Turns photos and scans of identity documents into checked records.</source>
        <translation>把身份证件的照片和扫描件变成经过核对的结构化记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="29" />
        <source>Recognition backends</source>
        <translation>识别后端</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/about_dialog.py" line="30" />
        <source>The offline backend reads documents on this computer; nothing is sent anywhere unless you choose a cloud backend.</source>
        <translation>离线后端在本机识别证件；除非您选择云端后端，否则不会发送任何内容。</translation>
    </message>
</context>
<context>
    <name>Choosers</name>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="94" />
        <source>Documents are read on this computer; nothing is sent.</source>
        <translation>证件在本机识别，不发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="96" />
        <source>Documents are sent to this vendor's service.</source>
        <translation>证件将发送到该厂商的服务。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/choosers.py" line="97" />
        <source>Not configured: enter the endpoint and credentials in Settings first.</source>
        <translation>尚未配置：请先在“设置”中填写服务地址和凭据。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="51" />
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="134" />
        <source>Export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="59" />
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="63" />
        <source>&amp;All recognised documents</source>
        <translation>全部已识别证件(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="64" />
        <source>&amp;Confirmed documents only</source>
        <translation>仅已确认的证件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="77" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="88" />
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="89" />
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="91" />
        <source>&amp;Header language:</source>
        <translation>表头语言(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="92" />
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="143" />
        <source>Choose where to save the file.</source>
        <translation>请选择文件的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="154" />
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="164" />
        <source>Exported to {0}</source>
        <translation>已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="61" />
        <source>Excel workbook (.xlsx), to open in Excel</source>
        <translation>Excel 工作簿 (.xlsx)，用 Excel 打开请选此项</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="62" />
        <source>CSV, UTF-8 text (.csv)</source>
        <translation>CSV，UTF-8 文本 (.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="76" />
        <source>Comma ( , )</source>
        <translation>逗号（ , ）</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="77" />
        <source>Semicolon ( ; ): Excel in most European languages</source>
        <translation>分号（ ; ）：多数欧洲语言版 Excel 使用</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="79" />
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="84" />
        <source>CSV cannot mark a column as text: Excel shows 18-digit ID numbers as 3.30106E+17 and drops leading zeros. To open the records in Excel, export XLSX.</source>
        <translation>CSV 无法把列标记为文本：Excel 会把 18 位身份证号码显示为 3.30106E+17，并去掉开头的 0。要在 Excel 中打开记录，请导出 XLSX。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="111" />
        <source>CSV &amp;delimiter:</source>
        <translation>CSV 分隔符(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/export_dialog.py" line="149" />
        <source>%n record(s) will be exported.</source>
        <translation>
            <numerusform>将导出 %n 条记录。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="115" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/field_editor.py" line="137" />
        <source>Low confidence ({0}%): please check against the image.</source>
        <translation>置信度低（{0}%）：请对照图像核对。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="62" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="70" />
        <source>Name, ID number or file name</source>
        <translation>姓名、证件号码或文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="73" />
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="74" />
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="79" />
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="87" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="95" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="95" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="95" />
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="96" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="96" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="98" />
        <source>&amp;Export these…</source>
        <translation>导出这些记录(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="123" />
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/history_dialog.py" line="135" />
        <source>%n record(s) found</source>
        <translation>
            <numerusform>找到 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../desktop_ocr/gui/viewer.py" line="48" />
        <location filename="../../desktop_ocr/gui/viewer.py" line="186" />
        <source>Document image</source>
        <translation>证件图像</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="50" />
        <source>The file does not exist (any more).</source>
        <translation>文件不存在（可能已被移动或删除）。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="26" />
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="27" />
        <source>Recognising…</source>
        <translation>正在识别…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="28" />
        <source>Needs review</source>
        <translation>待核对</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="29" />
        <source>Edited, not yet confirmed</source>
        <translation>已修改，尚未确认</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="30" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="31" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/labels.py" line="38" />
        <source>Auto-detect</source>
        <translation>自动识别</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="98" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="98" />
        <source>&amp;Document</source>
        <translation>证件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="99" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="99" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="103" />
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="104" />
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="105" />
        <source>&amp;Paste image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="106" />
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="107" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="108" />
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="109" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="110" />
        <source>&amp;Confirm and next</source>
        <translation>确认并转到下一份(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="111" />
        <source>&amp;Re-recognise</source>
        <translation>重新识别(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="112" />
        <source>Resume &amp;unfinished documents</source>
        <translation>继续识别未完成的文档(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="113" />
        <source>&amp;Previous document</source>
        <translation>上一份证件(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="114" />
        <source>&amp;Next document</source>
        <translation>下一份证件(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="115" />
        <source>Remove confirmed from &amp;queue</source>
        <translation>从队列中移除已确认的(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="116" />
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="117" />
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="118" />
        <source>&amp;Fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="119" />
        <source>&amp;100%</source>
        <translation>100%(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="120" />
        <source>&amp;Rotate 90°</source>
        <translation>旋转 90°(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/actions.py" line="121" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="109" />
        <source>Open documents</source>
        <translation>打开证件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="111" />
        <source>Images and PDFs ({0});;All files (*)</source>
        <translation>图像和 PDF ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="119" />
        <source>Open a folder of documents</source>
        <translation>打开证件文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/intake.py" line="135" />
        <source>The clipboard holds no image or file.</source>
        <translation>剪贴板中没有图像或文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="153" />
        <location filename="../../desktop_ocr/gui/notices.py" line="24" />
        <location filename="../../desktop_ocr/gui/notices.py" line="52" />
        <source>Record store</source>
        <translation>记录库</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="184" />
        <source>Desktop OCR — identity documents</source>
        <translation>Desktop OCR — 身份证件识别</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="186" />
        <source>  &amp;Type: </source>
        <translation>  类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="187" />
        <source>  &amp;Backend: </source>
        <translation>  识别后端(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="188" />
        <source>Document type for what you add next</source>
        <translation>之后添加的证件所用的类型</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="196" />
        <source>Drop photos, scans, PDFs or whole folders here
or use File → Open (Ctrl+O) · Paste (Ctrl+V)</source>
        <translation>将照片、扫描件、PDF 或整个文件夹拖到这里
或使用“文件 → 打开”(Ctrl+O) · 粘贴 (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="273" />
        <source>The watched folder does not exist: {0}</source>
        <translation>监视的文件夹不存在：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="287" />
        <source>Re-recognise</source>
        <translation>重新识别</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="288" />
        <source>Your corrections to this document will be replaced by a new reading. Continue?</source>
        <translation>您对此证件的修改将被新的识别结果替换。是否继续？</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="348" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="369" />
        <source>Every document in the queue is checked.</source>
        <translation>队列中的所有证件都已核对。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/main_window.py" line="399" />
        <source>Stopping recognition…</source>
        <translation>正在停止识别…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="40" />
        <source>The record store is in use by another copy of the app.</source>
        <translation>记录库正被另一个程序窗口使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="42" />
        <source>The record store was written by a newer version of the app. Update the app to use it.</source>
        <translation>记录库由更新版本的程序创建。请升级本程序后再使用它。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="48" />
        <source>This window works with a temporary store: documents and edits of this session will not be kept when the app closes. Export them before closing.</source>
        <translation>本窗口正在使用临时记录库：程序关闭后，本次的文档和修改不会保留。请在关闭前导出。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="50" />
        <source>Record store file: {0}</source>
        <translation>记录库文件：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="60" />
        <source>The record store could not be opened: edits will not be kept.</source>
        <translation>无法打开记录库：修改不会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="65" />
        <source>The document being read when the app stopped was not started again, in case it caused that. It is marked failed: use Retry failed to read it.</source>
        <translation>程序停止时正在识别的文档没有自动重新开始，以防正是它导致了停止。它已标记为失败：请用“重试失败项”重新识别。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="67" />
        <source>The {0} documents being read when the app stopped were not started again, in case they caused that. They are marked failed: use Retry failed to read them.</source>
        <translation>程序停止时正在识别的 {0} 份文档没有自动重新开始，以防正是它们导致了停止。它们已标记为失败：请用“重试失败项”重新识别。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="76" />
        <source>1 document was not finished when the app last closed. Read it now?</source>
        <translation>上次关闭程序时有 1 份文档尚未识别完成。现在识别吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="78" />
        <source>{0} documents were not finished when the app last closed. Read them now?</source>
        <translation>上次关闭程序时有 {0} 份文档尚未识别完成。现在识别吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="80" />
        <source>Unfinished documents</source>
        <translation>未完成的文档</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="85" />
        <source>&amp;Resume</source>
        <translation>继续识别(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="86" />
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/notices.py" line="96" />
        <source>The unfinished documents stay queued: Document → Resume unfinished documents reads them.</source>
        <translation>未完成的文档仍在队列中：使用“证件 → 继续识别未完成的文档”即可识别。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="45" />
        <source>Recognising {0} of {1}</source>
        <translation>正在识别第 {0} 份，共 {1} 份</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="48" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="49" />
        <source>{0} to review · {1} confirmed · {2} failed</source>
        <translation>待核对 {0} · 已确认 {1} · 失败 {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="57" />
        <source>No watched folder</source>
        <translation>未监视文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="58" />
        <source>Watching: {0}</source>
        <translation>正在监视：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="61" />
        <source>Temporary store: edits will not be kept</source>
        <translation>临时记录库：修改不会保留</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="63" />
        <source>The record store could not be opened. Documents and edits of this session are lost when the app closes: export them before closing.</source>
        <translation>无法打开记录库。本次的文档和修改在程序关闭后会丢失：请在关闭前导出。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/status_line.py" line="77" />
        <source>Batch cancelled.</source>
        <translation>批处理已取消。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/main_window.py" line="363" />
        <source>Confirmed with %n invalid value(s).</source>
        <translation>
            <numerusform>已确认，但有 %n 个无效值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/status_line.py" line="80" />
        <source>Batch finished: %n document(s), {1} failed.</source>
        <translation>
            <numerusform>批处理完成：共 %n 份，失败 {1} 份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="61" />
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="61" />
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_model.py" line="62" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="142" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="143" />
        <source>Cancel batch</source>
        <translation>取消批处理</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="144" />
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="145" />
        <source>T&amp;ype of this document:</source>
        <translation>此证件的类型(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="146" />
        <source>Changing the type reads the document again</source>
        <translation>更改类型后将重新识别此证件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/queue_panel.py" line="116" />
        <source>%v of %m document(s)</source>
        <translation>
            <numerusform>%v / %m 份证件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueSession</name>
    <message>
        <location filename="../../desktop_ocr/gui/session.py" line="410" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/session.py" line="461" />
        <source>Interrupted: the app stopped while reading it</source>
        <translation>已中断：识别此文档时程序停止了</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="169" />
        <source>No document selected</source>
        <translation>未选择证件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="171" />
        <source>Drop images, PDFs or folders on the window, or use File → Open.</source>
        <translation>将图像、PDF 或文件夹拖到窗口中，或使用“文件 → 打开”。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="179" />
        <source>Unrecognised document</source>
        <translation>未能识别的证件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="216" />
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="217" />
        <source>Mark as checked and go to the next document needing review (Ctrl+Enter)</source>
        <translation>标记为已核对并转到下一份待核对的证件 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/form.py" line="219" />
        <source>* required · red: invalid · amber: please check</source>
        <translation>* 必填 · 红色：无效 · 琥珀色：请核对</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="89" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="153" />
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="184" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="177" />
        <source>Keys and secrets are kept in the system keyring, never in a plain-text file.</source>
        <translation>密钥和凭据保存在系统钥匙串中，绝不以明文文件保存。</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/settings_dialog.py" line="178" />
        <source>Keys and secrets are kept in an encrypted file (no system keyring found), never in plain text.</source>
        <translation>密钥和凭据保存在加密文件中（未找到系统钥匙串），绝不以明文保存。</translation>
    </message>
</context>
<context>
    <name>SkippedFilesDialog</name>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="27" />
        <source>Files not added</source>
        <translation>未添加的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="33" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="33" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_ocr/gui/skipped_dialog.py" line="51" />
        <source>%n file(s) were not added to the queue:</source>
        <translation>
            <numerusform>有 %n 个文件未加入队列：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../desktop_ocr/gui/store_bridge.py" line="76" />
        <source>A change could not be saved to the record store because of an internal error ({0}). The details are in the log file.</source>
        <translation>由于内部错误（{0}），一项更改未能保存到记录库。详细信息见日志文件。</translation>
    </message>
</context>
</TS>
