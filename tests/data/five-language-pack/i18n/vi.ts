<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<!-- The site's own Vietnamese words, reviewed by its interpreter (test data): they win over the
     kiosk's built-in catalogue; every other word comes from the built-in one. -->
<context>
    <name>Words</name>
    <message>
        <source>Back</source>
        <translation>Trở về</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Nghe đọc</translation>
    </message>
</context>
</TS>
