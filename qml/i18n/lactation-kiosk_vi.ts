<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ArticleBody</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Nguồn</translation>
    </message>
    <message>
        <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
        <translation type="unfinished">Thông tin này chỉ để tham khảo, không phải lời khuyên y tế. Xin hỏi bác sĩ, y tá hoặc chuyên gia tư vấn sữa mẹ. Khi khẩn cấp, hãy gọi 911.</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Tìm hiểu</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Gửi vào điện thoại tôi</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>This kiosk can read the screen aloud: tap Listen.</source>
        <translation type="unfinished">Máy này có thể đọc to màn hình: xin chạm vào nút Nghe.</translation>
    </message>
    <message>
        <source>Listen: start and read the home screen aloud</source>
        <translation type="unfinished">Nghe: bắt đầu và đọc to màn hình chính</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo content – your site&apos;s pack replaces it</source>
        <translation type="unfinished">Nội dung mẫu – sẽ được thay bằng nội dung của cơ sở quý vị</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation type="unfinished">hôm nay</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished">ngày mai</translation>
    </message>
</context>
<context>
    <name>GroupFilters</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished">Mọi ngôn ngữ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Ở đâu</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">Mọi nơi</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">Gặp trực tiếp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Qua mạng</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">Nhóm hỗ trợ và lớp học</translation>
    </message>
    <message>
        <source>No groups or classes match. Try another filter.</source>
        <translation type="unfinished">Không có nhóm hay lớp nào phù hợp. Xin thử chọn khác.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Tìm trợ giúp</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation type="unfinished">Gọi để được giúp</translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished">Trợ giúp gần đây</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Tôi vẫn ở đây</translation>
    </message>
</context>
<context>
    <name>LanguagesScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Tìm hiểu</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Staff: hold for 5 seconds</source>
        <translation type="unfinished">Nhân viên: nhấn giữ 5 giây</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Dừng</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Đang mở…</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation type="unfinished">Không có tiếng</translation>
    </message>
    <message>
        <source>Listen: read-aloud is starting…</source>
        <translation type="unfinished">Nghe: đang bắt đầu đọc to…</translation>
    </message>
    <message>
        <source>Read-aloud is not available</source>
        <translation type="unfinished">Chức năng đọc to hiện không dùng được</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished">Ngừng đọc to</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation type="unfinished">Nghe: đọc to màn hình này</translation>
    </message>
    <message>
        <source>Text size: normal. Tap for larger text</source>
        <translation type="unfinished">Cỡ chữ: bình thường. Chạm để chữ lớn hơn</translation>
    </message>
    <message>
        <source>Text size: large. Tap for the largest text</source>
        <translation type="unfinished">Cỡ chữ: lớn. Chạm để chữ lớn nhất</translation>
    </message>
    <message>
        <source>Text size: largest. Tap for normal text</source>
        <translation type="unfinished">Cỡ chữ: lớn nhất. Chạm để về chữ bình thường</translation>
    </message>
    <message>
        <source>High contrast: on. Tap for normal contrast</source>
        <translation type="unfinished">Tương phản cao: đang bật. Chạm để về bình thường</translation>
    </message>
    <message>
        <source>High contrast: off. Tap to turn it on</source>
        <translation type="unfinished">Tương phản cao: đang tắt. Chạm để bật</translation>
    </message>
    <message>
        <source>Move the screen back up</source>
        <translation type="unfinished">Đưa màn hình lên lại như cũ</translation>
    </message>
    <message>
        <source>Move the screen down, within reach</source>
        <translation type="unfinished">Hạ màn hình xuống thấp cho dễ với tới</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished">Đổi ngôn ngữ sang %1</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Đã hủy</translation>
    </message>
    <message>
        <source>CANCELLED – this meeting will not take place</source>
        <translation type="unfinished">ĐÃ HỦY – buổi họp này sẽ không diễn ra</translation>
    </message>
    <message>
        <source>Changed time or place</source>
        <translation type="unfinished">Đã đổi giờ hoặc địa điểm</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Qua mạng</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">Phụ trách:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Chi phí:</translation>
    </message>
    <message>
        <source>Join online:</source>
        <translation type="unfinished">Tham gia qua mạng:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Gửi vào điện thoại tôi</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished">Sai mã PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation type="unfinished">Nhập sai mã PIN quá nhiều lần. Xin thử lại sau %1 phút.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
        <translation type="unfinished">Máy này chưa có mã PIN nhân viên (lactation-kiosk --set-pin).</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN nhân viên</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation type="unfinished">Đã nhập %1 số</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Xóa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Hủy</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Touch the screen to keep your visit.</source>
        <translation type="unfinished">Xin chạm vào màn hình để tiếp tục.</translation>
    </message>
</context>
<context>
    <name>ReadingScript</name>
    <message>
        <source>Buttons: %1. While reading: %2</source>
        <extracomment>The last line of every screen&apos;s read-aloud script: %1 the bar&apos;s buttons, %2 the speech bar&apos;s.</extracomment>
        <translation type="unfinished">Các nút: %1. Trong khi đọc: %2</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished">Các mục: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Đã hủy</translation>
    </message>
</context>
<context>
    <name>ReferralLadder</name>
    <message>
        <source>Peer counselor</source>
        <translation type="unfinished">Tư vấn viên đồng đẳng</translation>
    </message>
    <message>
        <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
        <translation type="unfinished">Một người mẹ đã được huấn luyện để giúp các mẹ khác, qua WIC hoặc La Leche League. Trả lời thắc mắc hằng ngày và động viên quý vị.</translation>
    </message>
    <message>
        <source>Lactation counselor (CLC)</source>
        <translation type="unfinished">Tư vấn viên sữa mẹ (CLC)</translation>
    </message>
    <message>
        <source>A trained counselor for common problems.</source>
        <translation type="unfinished">Người tư vấn đã được đào tạo, giúp các vấn đề thường gặp.</translation>
    </message>
    <message>
        <source>Lactation consultant (IBCLC)</source>
        <translation type="unfinished">Chuyên gia tư vấn sữa mẹ (IBCLC)</translation>
    </message>
    <message>
        <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
        <translation type="unfinished">Chuyên gia y khoa cho các vấn đề khó hơn: đau, ít sữa, cân nặng của bé, bé sinh non. Xin hỏi bác sĩ hoặc bệnh viện nơi quý vị đã sinh con.</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">Bác sĩ</translation>
    </message>
    <message>
        <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
        <translation type="unfinished">Bác sĩ nhi khoa hoặc bác sĩ sản khoa: vấn đề sức khỏe, sốt, bé không chịu bú, và mọi việc khẩn cấp.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished">Ai có thể giúp</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Tell me when it&apos;s free</source>
        <translation type="unfinished">Báo tôi khi phòng trống</translation>
    </message>
    <message>
        <source>Get a number</source>
        <translation type="unfinished">Lấy số</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Ở đâu:</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation type="unfinished">Cách vào:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished">Mở cửa:</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished">Cho người khuyết tật:</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Phòng cho con bú</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">Phụ trách:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished">Dành cho ai:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Chi phí:</translation>
    </message>
    <message>
        <source>How to get it:</source>
        <translation type="unfinished">Cách nhận dịch vụ:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished">Chứng chỉ:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Ở đâu:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished">Web:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">Email:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Gửi vào điện thoại tôi</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished">Mở cửa 24 giờ</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation type="unfinished">Đang mở cửa, đến %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished">Đang đóng cửa</translation>
    </message>
    <message>
        <source>Closed now, opens %1 %2</source>
        <translation type="unfinished">Đang đóng cửa, mở lại %1 lúc %2</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"> máy lẻ %1</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read-aloud controls</source>
        <translation type="unfinished">Nút điều khiển đọc to</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">Mục trước</translation>
    </message>
    <message>
        <source>Repeat the last item</source>
        <translation type="unfinished">Đọc lại mục vừa rồi</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished">Mục tiếp theo</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <source>At least one section stays on the home screen.</source>
        <translation type="unfinished">Màn hình chính phải còn ít nhất một mục.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1, phiên bản %2</translation>
    </message>
    <message>
        <source>This kiosk has no content feed configured.</source>
        <translation type="unfinished">Máy này chưa được cài đặt nguồn nội dung.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished">Đang kiểm tra cập nhật…</translation>
    </message>
    <message>
        <source>An update check is running; try again in a minute.</source>
        <translation type="unfinished">Đang kiểm tra cập nhật; xin thử lại sau một phút.</translation>
    </message>
    <message>
        <source>The previous pack does not load; nothing was changed.</source>
        <translation type="unfinished">Không tải được gói trước; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Rolled back to feed version %1.</source>
        <translation type="unfinished">Đã quay về phiên bản nguồn %1.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">Bảng nhân viên</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <source>Lactation rooms</source>
        <translation type="unfinished">Phòng cho con bú</translation>
    </message>
    <message>
        <source>Clear the waitlist (%1)</source>
        <translation type="unfinished">Xóa danh sách chờ (%1)</translation>
    </message>
    <message>
        <source>Sections on the home screen</source>
        <translation type="unfinished">Các mục trên màn hình chính</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished">Nội dung</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished">Gói:</translation>
    </message>
    <message>
        <source>Feed version:</source>
        <translation type="unfinished">Phiên bản nguồn:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished">Lần kiểm tra cuối:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished">Lỗi gần nhất:</translation>
    </message>
    <message>
        <source>Signed metadata expires:</source>
        <translation type="unfinished">Siêu dữ liệu đã ký hết hạn:</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished">Kiểm tra cập nhật ngay</translation>
    </message>
    <message>
        <source>Roll back to the previous pack</source>
        <translation type="unfinished">Quay về gói trước</translation>
    </message>
    <message>
        <source>Starting over</source>
        <translation type="unfinished">Bắt đầu lại</translation>
    </message>
    <message>
        <source>The screen starts over after %1 s without a touch.</source>
        <translation type="unfinished">Màn hình bắt đầu lại sau %1 giây không có ai chạm.</translation>
    </message>
    <message>
        <source>15 s shorter</source>
        <translation type="unfinished">Bớt 15 giây</translation>
    </message>
    <message>
        <source>15 s longer</source>
        <translation type="unfinished">Thêm 15 giây</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished">Thoát khỏi kiosk</translation>
    </message>
    <message>
        <source>Words not yet reviewed by a person:</source>
        <translation type="unfinished">Từ ngữ chưa được người kiểm tra:</translation>
    </message>
    <message>
        <source>No words of their own (shown in the default language):</source>
        <translation type="unfinished">Chưa có từ ngữ riêng (hiển thị bằng ngôn ngữ mặc định):</translation>
    </message>
</context>
<context>
    <name>TakeAwayScreen</name>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Gửi vào điện thoại tôi</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code. Each holds only what is written under it – nothing about you.</source>
        <translation type="unfinished">Hướng camera điện thoại vào một mã. Mỗi mã chỉ chứa những gì ghi bên dưới nó – không có thông tin gì về quý vị.</translation>
    </message>
    <message>
        <source>There is nothing to send for this item.</source>
        <translation type="unfinished">Mục này không có gì để gửi.</translation>
    </message>
</context>
<context>
    <name>TakeAwaySheet</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">Gọi</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation type="unfinished">Nhắn tin</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished">Lưu số liên lạc</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation type="unfinished">Thêm vào lịch</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation type="unfinished">Tham gia qua mạng</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished">Mở trang web</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Trong lúc ở đây</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Tìm hiểu</translation>
    </message>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">Nhóm hỗ trợ và lớp học</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Tìm trợ giúp</translation>
    </message>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Phòng cho con bú</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Trong lúc ở đây</translation>
    </message>
    <message>
        <source>Feeding, pumping, storing milk, your rights</source>
        <translation type="unfinished">Cho bú, hút sữa, trữ sữa, quyền của quý vị</translation>
    </message>
    <message>
        <source>Meet other mothers near you</source>
        <translation type="unfinished">Gặp các bà mẹ khác ở gần quý vị</translation>
    </message>
    <message>
        <source>Counselors, consultants and helplines</source>
        <translation type="unfinished">Người tư vấn, chuyên gia và đường dây trợ giúp</translation>
    </message>
    <message>
        <source>A private place to feed or pump</source>
        <translation type="unfinished">Nơi riêng tư để cho con bú hoặc hút sữa</translation>
    </message>
    <message>
        <source>Pumping or feeding while you are here</source>
        <translation type="unfinished">Hút sữa hoặc cho bú trong lúc quý vị ở đây</translation>
    </message>
    <message>
        <source>Comfortable seat</source>
        <translation type="unfinished">Ghế ngồi thoải mái</translation>
    </message>
    <message>
        <source>Power outlet</source>
        <translation type="unfinished">Ổ cắm điện</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished">Bồn rửa tay</translation>
    </message>
    <message>
        <source>Fridge for milk</source>
        <translation type="unfinished">Tủ lạnh trữ sữa</translation>
    </message>
    <message>
        <source>Hospital-grade pump</source>
        <translation type="unfinished">Máy hút sữa loại bệnh viện</translation>
    </message>
    <message>
        <source>Door that locks</source>
        <translation type="unfinished">Cửa có khóa</translation>
    </message>
    <message>
        <source>Changing table</source>
        <translation type="unfinished">Bàn thay tã</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished">Lối vào cho xe lăn</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished">Đèn chỉnh độ sáng</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished">Nước uống</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished">Bàn</translation>
    </message>
    <message>
        <source>Nursing pillow</source>
        <translation type="unfinished">Gối cho con bú</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">Trống</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished">Có người</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation type="unfinished">Đang lau dọn</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Đóng cửa</translation>
    </message>
    <message>
        <source>Status not available – ask the front desk</source>
        <translation type="unfinished">Không rõ tình trạng – xin hỏi quầy tiếp tân</translation>
    </message>
    <message>
        <source>The room is free now</source>
        <translation type="unfinished">Phòng đang trống</translation>
    </message>
    <message>
        <source>The room is in use now</source>
        <translation type="unfinished">Phòng đang có người dùng</translation>
    </message>
    <message>
        <source>The room is being cleaned</source>
        <translation type="unfinished">Phòng đang được lau dọn</translation>
    </message>
    <message>
        <source>The room is closed now</source>
        <translation type="unfinished">Phòng hiện đang đóng cửa</translation>
    </message>
    <message>
        <source>No room is free right now</source>
        <translation type="unfinished">Hiện không có phòng trống</translation>
    </message>
    <message numerus="yes">
        <source>All %n rooms are free</source>
        <translation type="unfinished">
            <numerusform>Cả %n phòng đều trống</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rooms free</source>
        <extracomment>%1 the rooms free, %n all the rooms</extracomment>
        <translation type="unfinished">
            <numerusform>%1 trên %n phòng còn trống</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n min so far</source>
        <translation type="unfinished">
            <numerusform>đã được %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually free within ~%n min</source>
        <translation type="unfinished">
            <numerusform>thường trống lại sau khoảng %n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting</source>
        <translation type="unfinished">
            <numerusform>%n người đang chờ</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number is %1. Watch the top of this screen: %1 shows there when the room is free.</source>
        <translation type="unfinished">Số của quý vị là %1. Xin xem phía trên cùng của màn hình này: số %1 sẽ hiện ở đó khi phòng trống.</translation>
    </message>
    <message>
        <source>Now calling %1</source>
        <translation type="unfinished">Mời số %1</translation>
    </message>
    <message>
        <source>%1 – %2 is free</source>
        <translation type="unfinished">%1 – %2 đã trống</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">Tiếng Anh</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">Tiếng Tây Ban Nha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Hôm nay</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished">Tuần này</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">Sắp tới</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Quay lại</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">Trang chủ</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished">Nghe</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished">Trước</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished">Đọc lại</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Tiếp</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation type="unfinished">Nhỏ hơn</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">To hơn</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Cỡ chữ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Tương phản cao</translation>
    </message>
    <message>
        <source>Next group or class</source>
        <translation type="unfinished">Nhóm hoặc lớp sắp tới</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished">Chạm vào màn hình để bắt đầu</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Quý vị còn ở đây không?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation type="unfinished">
            <numerusform>Để giữ riêng tư cho quý vị, màn hình này sẽ bắt đầu lại sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation type="unfinished">Chọn ngôn ngữ</translation>
    </message>
    <message>
        <source>Language help</source>
        <translation type="unfinished">Hỗ trợ ngôn ngữ</translation>
    </message>
    <message>
        <source>Free help in your language</source>
        <translation type="unfinished">Trợ giúp miễn phí bằng ngôn ngữ của quý vị</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>said after a control&apos;s name when the keypad reaches it</extracomment>
        <translation type="unfinished">nút</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">tiêu đề</translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished">hình ảnh</translation>
    </message>
    <message>
        <source>selected</source>
        <extracomment>the language or choice now shown</extracomment>
        <translation type="unfinished">đã chọn</translation>
    </message>
    <message>
        <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
        <translation type="unfinished">Giọng đọc đã bật. Máy này cho quý vị biết cách được giúp đỡ khi cho con bú và hút sữa.</translation>
    </message>
    <message>
        <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
        <extracomment>the EZ Access keys: two arrows, a round Select key, Back and Help</extracomment>
        <translation type="unfinished">Xin bấm phím mũi tên xuống để nghe mục kế tiếp. Bấm mũi tên lên để nghe mục trước đó. Bấm phím tròn Chọn để chọn mục đó. Bấm phím Quay lại để trở về. Bấm phím Trợ giúp để nghe lại lời này. Phím cộng và phím trừ dùng để chỉnh tiếng to hay nhỏ. Phím sao dùng để tắt hoặc bật màn hình.</translation>
    </message>
    <message>
        <source>The screen is off. Speech goes on.</source>
        <translation type="unfinished">Màn hình đã tắt. Giọng đọc vẫn tiếp tục.</translation>
    </message>
    <message>
        <source>The screen is on.</source>
        <translation type="unfinished">Màn hình đã bật.</translation>
    </message>
    <message>
        <source>Press any key for more time.</source>
        <translation type="unfinished">Xin bấm một phím bất kỳ để được thêm thời gian.</translation>
    </message>
</context>
</TS>
