<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ArticleBody</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished">출처</translation>
    </message>
    <message>
        <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
        <translation type="unfinished">정보 안내일 뿐, 의학적 조언이 아니에요. 의사, 간호사나 모유수유 전문가에게 물어보세요. 응급 상황에는 911에 전화하세요.</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">알아보기</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">내 휴대폰으로 보내기</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>This kiosk can read the screen aloud: tap Listen.</source>
        <translation type="unfinished">이 키오스크는 화면을 소리 내어 읽어 줘요. 듣기를 누르세요.</translation>
    </message>
    <message>
        <source>Listen: start and read the home screen aloud</source>
        <translation type="unfinished">듣기: 시작하고 첫 화면 읽어 주기</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo content – your site&apos;s pack replaces it</source>
        <translation type="unfinished">예시 내용이에요 – 병원의 실제 내용으로 바뀌어요</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation type="unfinished">오늘</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished">내일</translation>
    </message>
</context>
<context>
    <name>GroupFilters</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">언어</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished">모든 언어</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">장소</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">모든 장소</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">직접 참석</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">온라인</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">모임과 강좌</translation>
    </message>
    <message>
        <source>No groups or classes match. Try another filter.</source>
        <translation type="unfinished">맞는 모임이나 강좌가 없어요. 다른 조건을 골라 보세요.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished">도움 받기</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation type="unfinished">전화 상담</translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished">가까운 곳의 도움</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">네, 계속 볼게요</translation>
    </message>
</context>
<context>
    <name>LanguagesScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">언어</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">알아보기</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Staff: hold for 5 seconds</source>
        <translation type="unfinished">직원용: 5초 동안 누르세요</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished">멈춤</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">시작 중…</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation type="unfinished">음성 없음</translation>
    </message>
    <message>
        <source>Listen: read-aloud is starting…</source>
        <translation type="unfinished">듣기: 읽어 주기를 시작하는 중…</translation>
    </message>
    <message>
        <source>Read-aloud is not available</source>
        <translation type="unfinished">읽어 주기를 사용할 수 없어요</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished">읽어 주기 멈추기</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation type="unfinished">듣기: 이 화면 읽어 주기</translation>
    </message>
    <message>
        <source>Text size: normal. Tap for larger text</source>
        <translation type="unfinished">글자 크기: 보통. 누르면 글자가 커져요</translation>
    </message>
    <message>
        <source>Text size: large. Tap for the largest text</source>
        <translation type="unfinished">글자 크기: 크게. 누르면 가장 크게 바뀌어요</translation>
    </message>
    <message>
        <source>Text size: largest. Tap for normal text</source>
        <translation type="unfinished">글자 크기: 가장 크게. 누르면 보통 크기로 돌아가요</translation>
    </message>
    <message>
        <source>High contrast: on. Tap for normal contrast</source>
        <translation type="unfinished">고대비: 켜짐. 누르면 보통 화면으로 돌아가요</translation>
    </message>
    <message>
        <source>High contrast: off. Tap to turn it on</source>
        <translation type="unfinished">고대비: 꺼짐. 누르면 켜져요</translation>
    </message>
    <message>
        <source>Move the screen back up</source>
        <translation type="unfinished">화면을 다시 위로 올리기</translation>
    </message>
    <message>
        <source>Move the screen down, within reach</source>
        <translation type="unfinished">화면을 손이 닿는 곳까지 내리기</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished">언어 바꾸기: %1</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">취소됨</translation>
    </message>
    <message>
        <source>CANCELLED – this meeting will not take place</source>
        <translation type="unfinished">취소됨 – 이 모임은 열리지 않아요</translation>
    </message>
    <message>
        <source>Changed time or place</source>
        <translation type="unfinished">시간이나 장소가 바뀌었어요</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">온라인</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">언어:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">운영:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">비용:</translation>
    </message>
    <message>
        <source>Join online:</source>
        <translation type="unfinished">온라인 참여:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">내 휴대폰으로 보내기</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished">PIN이 틀렸어요.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation type="unfinished">PIN을 너무 많이 틀렸어요. %1분 후에 다시 해 보세요.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
        <translation type="unfinished">이 키오스크에는 직원 PIN이 설정되어 있지 않아요 (lactation-kiosk --set-pin).</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">직원 PIN</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation type="unfinished">%1자리 입력됨</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">지우기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Touch the screen to keep your visit.</source>
        <translation type="unfinished">계속 보시려면 화면을 눌러 주세요.</translation>
    </message>
</context>
<context>
    <name>ReadingScript</name>
    <message>
        <source>Buttons: %1. While reading: %2</source>
        <extracomment>The last line of every screen&apos;s read-aloud script: %1 the bar&apos;s buttons, %2 the speech bar&apos;s.</extracomment>
        <translation type="unfinished">버튼: %1. 읽는 동안: %2</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished">메뉴: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">취소됨</translation>
    </message>
</context>
<context>
    <name>ReferralLadder</name>
    <message>
        <source>Peer counselor</source>
        <translation type="unfinished">동료 상담사</translation>
    </message>
    <message>
        <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
        <translation type="unfinished">WIC나 La Leche League에서 교육을 받고 다른 엄마를 돕는 엄마예요. 일상적인 궁금증을 함께 풀고 힘을 줘요.</translation>
    </message>
    <message>
        <source>Lactation counselor (CLC)</source>
        <translation type="unfinished">모유수유 상담사 (CLC)</translation>
    </message>
    <message>
        <source>A trained counselor for common problems.</source>
        <translation type="unfinished">흔한 문제를 도와주는, 교육받은 상담사예요.</translation>
    </message>
    <message>
        <source>Lactation consultant (IBCLC)</source>
        <translation type="unfinished">국제모유수유전문가 (IBCLC)</translation>
    </message>
    <message>
        <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
        <translation type="unfinished">더 어려운 문제를 돕는 임상 전문가예요: 통증, 모유량 부족, 아기 체중 증가, 이른둥이(미숙아). 담당 의사나 출산한 병원에 물어보세요.</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">의사</translation>
    </message>
    <message>
        <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
        <translation type="unfinished">소아과나 산부인과 의사: 의학적 문제, 열, 아기가 먹지 않을 때, 그리고 급한 일은 모두.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished">도움을 줄 수 있는 분</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Tell me when it&apos;s free</source>
        <translation type="unfinished">비면 알려 주세요</translation>
    </message>
    <message>
        <source>Get a number</source>
        <translation type="unfinished">번호표 받기</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">위치:</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation type="unfinished">들어가는 방법:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished">이용 시간:</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished">접근성:</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">수유실</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">운영:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">언어:</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished">이용 대상:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">비용:</translation>
    </message>
    <message>
        <source>How to get it:</source>
        <translation type="unfinished">이용 방법:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished">자격:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">위치:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished">웹사이트:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">이메일:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">내 휴대폰으로 보내기</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished">24시간 열려 있어요</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation type="unfinished">지금 열려 있어요 (%1까지)</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished">지금은 닫혀 있어요</translation>
    </message>
    <message>
        <source>Closed now, opens %1 %2</source>
        <translation type="unfinished">지금은 닫혀 있어요 (%1 %2에 열어요)</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"> 내선 %1</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read-aloud controls</source>
        <translation type="unfinished">읽어 주기 조작 버튼</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">이전 항목</translation>
    </message>
    <message>
        <source>Repeat the last item</source>
        <translation type="unfinished">방금 항목 다시 듣기</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished">다음 항목</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <source>At least one section stays on the home screen.</source>
        <translation type="unfinished">첫 화면에 메뉴가 하나 이상 있어야 해요.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1, 버전 %2</translation>
    </message>
    <message>
        <source>This kiosk has no content feed configured.</source>
        <translation type="unfinished">이 키오스크에는 콘텐츠 피드가 설정되어 있지 않아요.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished">업데이트 확인 중…</translation>
    </message>
    <message>
        <source>An update check is running; try again in a minute.</source>
        <translation type="unfinished">업데이트를 확인하고 있어요. 1분 후에 다시 해 보세요.</translation>
    </message>
    <message>
        <source>The previous pack does not load; nothing was changed.</source>
        <translation type="unfinished">이전 팩을 불러올 수 없어요. 아무것도 바뀌지 않았어요.</translation>
    </message>
    <message>
        <source>Rolled back to feed version %1.</source>
        <translation type="unfinished">피드 버전 %1 상태로 되돌렸어요.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">직원 패널</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">닫기</translation>
    </message>
    <message>
        <source>Lactation rooms</source>
        <translation type="unfinished">수유실</translation>
    </message>
    <message>
        <source>Clear the waitlist (%1)</source>
        <translation type="unfinished">대기 명단 비우기 (%1)</translation>
    </message>
    <message>
        <source>Sections on the home screen</source>
        <translation type="unfinished">첫 화면 메뉴</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished">콘텐츠</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished">팩:</translation>
    </message>
    <message>
        <source>Feed version:</source>
        <translation type="unfinished">피드 버전:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished">마지막 확인:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished">마지막 오류:</translation>
    </message>
    <message>
        <source>Signed metadata expires:</source>
        <translation type="unfinished">서명된 메타데이터 만료:</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished">지금 업데이트 확인</translation>
    </message>
    <message>
        <source>Roll back to the previous pack</source>
        <translation type="unfinished">이전 팩으로 되돌리기</translation>
    </message>
    <message>
        <source>Starting over</source>
        <translation type="unfinished">처음 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>The screen starts over after %1 s without a touch.</source>
        <translation type="unfinished">%1초 동안 아무도 누르지 않으면 처음 화면으로 돌아가요.</translation>
    </message>
    <message>
        <source>15 s shorter</source>
        <translation type="unfinished">15초 짧게</translation>
    </message>
    <message>
        <source>15 s longer</source>
        <translation type="unfinished">15초 길게</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished">키오스크 종료</translation>
    </message>
    <message>
        <source>Words not yet reviewed by a person:</source>
        <translation type="unfinished">아직 사람이 검토하지 않은 문구:</translation>
    </message>
    <message>
        <source>No words of their own (shown in the default language):</source>
        <translation type="unfinished">자체 문구 없음(기본 언어로 표시):</translation>
    </message>
</context>
<context>
    <name>TakeAwayScreen</name>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">내 휴대폰으로 보내기</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code. Each holds only what is written under it – nothing about you.</source>
        <translation type="unfinished">휴대폰 카메라로 코드를 비춰 주세요. 각 코드에는 아래에 적힌 내용만 들어 있어요 – 내 정보는 들어 있지 않아요.</translation>
    </message>
    <message>
        <source>There is nothing to send for this item.</source>
        <translation type="unfinished">이 항목은 보낼 내용이 없어요.</translation>
    </message>
</context>
<context>
    <name>TakeAwaySheet</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">전화하기</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation type="unfinished">문자 보내기</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished">연락처 저장</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation type="unfinished">캘린더에 추가</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation type="unfinished">온라인 참여</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished">웹페이지 열기</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">방문하시는 동안</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">알아보기</translation>
    </message>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">모임과 강좌</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">도움 받기</translation>
    </message>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">수유실</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">방문하시는 동안</translation>
    </message>
    <message>
        <source>Feeding, pumping, storing milk, your rights</source>
        <translation type="unfinished">수유, 유축, 모유 보관, 엄마의 권리</translation>
    </message>
    <message>
        <source>Meet other mothers near you</source>
        <translation type="unfinished">가까운 곳의 다른 엄마들을 만나요</translation>
    </message>
    <message>
        <source>Counselors, consultants and helplines</source>
        <translation type="unfinished">상담사, 전문가, 상담 전화</translation>
    </message>
    <message>
        <source>A private place to feed or pump</source>
        <translation type="unfinished">수유나 유축을 할 수 있는 개인 공간</translation>
    </message>
    <message>
        <source>Pumping or feeding while you are here</source>
        <translation type="unfinished">여기 계시는 동안 유축하거나 수유하기</translation>
    </message>
    <message>
        <source>Comfortable seat</source>
        <translation type="unfinished">편한 의자</translation>
    </message>
    <message>
        <source>Power outlet</source>
        <translation type="unfinished">전기 콘센트</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished">세면대</translation>
    </message>
    <message>
        <source>Fridge for milk</source>
        <translation type="unfinished">모유 보관 냉장고</translation>
    </message>
    <message>
        <source>Hospital-grade pump</source>
        <translation type="unfinished">병원용 유축기</translation>
    </message>
    <message>
        <source>Door that locks</source>
        <translation type="unfinished">잠기는 문</translation>
    </message>
    <message>
        <source>Changing table</source>
        <translation type="unfinished">기저귀 교환대</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished">휠체어 이용 가능</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished">밝기 조절 조명</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished">마실 물</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished">탁자</translation>
    </message>
    <message>
        <source>Nursing pillow</source>
        <translation type="unfinished">수유 쿠션</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">비어 있음</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished">사용 중</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation type="unfinished">청소 중</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">닫힘</translation>
    </message>
    <message>
        <source>Status not available – ask the front desk</source>
        <translation type="unfinished">상태를 알 수 없어요 – 접수처에 물어보세요</translation>
    </message>
    <message>
        <source>The room is free now</source>
        <translation type="unfinished">지금 수유실이 비어 있어요</translation>
    </message>
    <message>
        <source>The room is in use now</source>
        <translation type="unfinished">지금 수유실을 사용하고 있어요</translation>
    </message>
    <message>
        <source>The room is being cleaned</source>
        <translation type="unfinished">지금 수유실을 청소하고 있어요</translation>
    </message>
    <message>
        <source>The room is closed now</source>
        <translation type="unfinished">지금 수유실이 닫혀 있어요</translation>
    </message>
    <message>
        <source>No room is free right now</source>
        <translation type="unfinished">지금 비어 있는 수유실이 없어요</translation>
    </message>
    <message numerus="yes">
        <source>All %n rooms are free</source>
        <translation type="unfinished">
            <numerusform>수유실 %n곳이 모두 비어 있어요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rooms free</source>
        <extracomment>%1 the rooms free, %n all the rooms</extracomment>
        <translation type="unfinished">
            <numerusform>수유실 %n곳 중 %1곳이 비어 있어요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n min so far</source>
        <translation type="unfinished">
            <numerusform>%n분째</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually free within ~%n min</source>
        <translation type="unfinished">
            <numerusform>보통 약 %n분 안에 비어요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting</source>
        <translation type="unfinished">
            <numerusform>%n명 기다리는 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number is %1. Watch the top of this screen: %1 shows there when the room is free.</source>
        <translation type="unfinished">내 번호는 %1번이에요. 이 화면 맨 위를 봐 주세요. 수유실이 비면 그곳에 %1번이 나와요.</translation>
    </message>
    <message>
        <source>Now calling %1</source>
        <translation type="unfinished">지금 %1번 차례예요</translation>
    </message>
    <message>
        <source>%1 – %2 is free</source>
        <translation type="unfinished">%1번 – %2, 지금 비어 있어요</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">영어</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">스페인어</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">오늘</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished">이번 주</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">그 이후</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">뒤로</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">처음으로</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished">듣기</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished">이전</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished">다시 듣기</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">다음</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation type="unfinished">소리 작게</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">소리 크게</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">글자 크기</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">고대비</translation>
    </message>
    <message>
        <source>Next group or class</source>
        <translation type="unfinished">다음 모임·강좌</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished">화면을 눌러 시작하세요</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">아직 계신가요?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation type="unfinished">
            <numerusform>개인 정보 보호를 위해 %n초 후에 처음 화면으로 돌아가요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation type="unfinished">언어 선택</translation>
    </message>
    <message>
        <source>Language help</source>
        <translation type="unfinished">언어 도움</translation>
    </message>
    <message>
        <source>Free help in your language</source>
        <translation type="unfinished">내 언어로 무료 도움</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>said after a control&apos;s name when the keypad reaches it</extracomment>
        <translation type="unfinished">버튼</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">제목</translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished">그림</translation>
    </message>
    <message>
        <source>selected</source>
        <extracomment>the language or choice now shown</extracomment>
        <translation type="unfinished">선택됨</translation>
    </message>
    <message>
        <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
        <translation type="unfinished">읽어 주기가 켜졌어요. 이 키오스크는 모유수유와 유축에 대한 도움을 알려 드려요.</translation>
    </message>
    <message>
        <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
        <extracomment>the EZ Access keys: two arrows, a round Select key, Back and Help</extracomment>
        <translation type="unfinished">다음 항목을 들으려면 아래쪽 화살표를 누르세요. 이전 항목을 들으려면 위쪽 화살표를 누르세요. 고르려면 동그란 선택 키를, 뒤로 가려면 뒤로 키를, 이 안내를 다시 들으려면 도움말 키를 누르세요. 플러스 키와 마이너스 키로 소리 크기를 바꿀 수 있어요. 별표 키를 누르면 화면을 끄고 켤 수 있어요.</translation>
    </message>
    <message>
        <source>The screen is off. Speech goes on.</source>
        <translation type="unfinished">화면이 꺼졌어요. 읽어 주기는 계속돼요.</translation>
    </message>
    <message>
        <source>The screen is on.</source>
        <translation type="unfinished">화면이 켜졌어요.</translation>
    </message>
    <message>
        <source>Press any key for more time.</source>
        <translation type="unfinished">시간이 더 필요하시면 아무 키나 눌러 주세요.</translation>
    </message>
</context>
</TS>
