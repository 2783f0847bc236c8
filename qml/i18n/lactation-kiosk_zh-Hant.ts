<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ArticleBody</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished">資料來源</translation>
    </message>
    <message>
        <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
        <translation type="unfinished">這裡的內容僅供參考，不是醫療建議。請詢問您的醫生、護理師或哺乳顧問。如有緊急情況，請撥打 911。</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">哺乳知識</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">傳到我的手機</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>This kiosk can read the screen aloud: tap Listen.</source>
        <translation type="unfinished">本機可以把螢幕上的字讀出來：請按「朗讀」。</translation>
    </message>
    <message>
        <source>Listen: start and read the home screen aloud</source>
        <translation type="unfinished">朗讀：開始使用，並把首頁讀出來</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo content – your site&apos;s pack replaces it</source>
        <translation type="unfinished">示範內容——之後會換成本機構的正式內容</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation type="unfinished">今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished">明天</translation>
    </message>
</context>
<context>
    <name>GroupFilters</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">語言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished">不限語言</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">地點</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">不限地點</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">面對面</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">線上</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">互助團體和課程</translation>
    </message>
    <message>
        <source>No groups or classes match. Try another filter.</source>
        <translation type="unfinished">沒有符合條件的團體或課程。請換一個篩選條件試試。</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished">尋求協助</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation type="unfinished">電話求助</translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished">您附近的協助</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">我還在</translation>
    </message>
</context>
<context>
    <name>LanguagesScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">語言</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">哺乳知識</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Staff: hold for 5 seconds</source>
        <translation type="unfinished">工作人員：按住 5 秒</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished">停止</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">正在啟動…</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation type="unfinished">沒有語音</translation>
    </message>
    <message>
        <source>Listen: read-aloud is starting…</source>
        <translation type="unfinished">朗讀：正在準備讀出來…</translation>
    </message>
    <message>
        <source>Read-aloud is not available</source>
        <translation type="unfinished">現在無法朗讀</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished">停止朗讀</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation type="unfinished">朗讀：把這個頁面讀出來</translation>
    </message>
    <message>
        <source>Text size: normal. Tap for larger text</source>
        <translation type="unfinished">字體大小：正常。按一下，字變大</translation>
    </message>
    <message>
        <source>Text size: large. Tap for the largest text</source>
        <translation type="unfinished">字體大小：大。按一下，字變成最大</translation>
    </message>
    <message>
        <source>Text size: largest. Tap for normal text</source>
        <translation type="unfinished">字體大小：最大。按一下，恢復正常大小</translation>
    </message>
    <message>
        <source>High contrast: on. Tap for normal contrast</source>
        <translation type="unfinished">高對比：已開啟。按一下，恢復正常對比</translation>
    </message>
    <message>
        <source>High contrast: off. Tap to turn it on</source>
        <translation type="unfinished">高對比：已關閉。按一下開啟</translation>
    </message>
    <message>
        <source>Move the screen back up</source>
        <translation type="unfinished">把畫面移回上方</translation>
    </message>
    <message>
        <source>Move the screen down, within reach</source>
        <translation type="unfinished">把畫面往下移，方便您按到</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished">把語言換成 %1</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">已取消</translation>
    </message>
    <message>
        <source>CANCELLED – this meeting will not take place</source>
        <translation type="unfinished">已取消——這次聚會不舉行了</translation>
    </message>
    <message>
        <source>Changed time or place</source>
        <translation type="unfinished">時間或地點有變動</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">線上</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">語言：</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">主辦：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">費用：</translation>
    </message>
    <message>
        <source>Join online:</source>
        <translation type="unfinished">線上參加：</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">傳到我的手機</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished">PIN 碼錯誤。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation type="unfinished">PIN 碼錯誤太多次。請在 %1 分鐘後再試。</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
        <translation type="unfinished">本機還沒有設定工作人員 PIN 碼（lactation-kiosk --set-pin）。</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">工作人員 PIN 碼</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation type="unfinished">已輸入 %1 位數字</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">刪除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">確定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Touch the screen to keep your visit.</source>
        <translation type="unfinished">請輕觸螢幕，繼續使用。</translation>
    </message>
</context>
<context>
    <name>ReadingScript</name>
    <message>
        <source>Buttons: %1. While reading: %2</source>
        <extracomment>The last line of every screen&apos;s read-aloud script: %1 the bar&apos;s buttons, %2 the speech bar&apos;s.</extracomment>
        <translation type="unfinished">按鈕：%1。朗讀時：%2</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished">項目：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">已取消</translation>
    </message>
</context>
<context>
    <name>ReferralLadder</name>
    <message>
        <source>Peer counselor</source>
        <translation type="unfinished">哺乳同伴輔導員</translation>
    </message>
    <message>
        <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
        <translation type="unfinished">受過訓練、幫助其他媽媽的母親，透過 WIC 或 La Leche League（國際母乳會）提供服務。解答日常問題，給您鼓勵。</translation>
    </message>
    <message>
        <source>Lactation counselor (CLC)</source>
        <translation type="unfinished">哺乳輔導員（CLC）</translation>
    </message>
    <message>
        <source>A trained counselor for common problems.</source>
        <translation type="unfinished">受過訓練的輔導員，幫您處理常見問題。</translation>
    </message>
    <message>
        <source>Lactation consultant (IBCLC)</source>
        <translation type="unfinished">哺乳顧問（IBCLC）</translation>
    </message>
    <message>
        <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
        <translation type="unfinished">處理較難問題的臨床專家：疼痛、奶水少、寶寶體重增加、早產寶寶。請詢問您的醫生，或您生寶寶的醫院。</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">醫生</translation>
    </message>
    <message>
        <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
        <translation type="unfinished">小兒科醫生或婦產科醫生：醫療問題、發燒、寶寶不吃奶，以及任何緊急情況。</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished">誰可以幫您</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Tell me when it&apos;s free</source>
        <translation type="unfinished">空出來時通知我</translation>
    </message>
    <message>
        <source>Get a number</source>
        <translation type="unfinished">取號</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">位置：</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation type="unfinished">怎麼進去：</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished">開放時間：</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished">無障礙設施：</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">哺乳室</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">提供單位：</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">語言：</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished">誰可以使用：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">費用：</translation>
    </message>
    <message>
        <source>How to get it:</source>
        <translation type="unfinished">怎麼取得：</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished">專業資格：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">地點：</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished">網站：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">電子郵件：</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">傳到我的手機</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished">24 小時開放</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation type="unfinished">現在開放，到 %1 為止</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished">現在不開放</translation>
    </message>
    <message>
        <source>Closed now, opens %1 %2</source>
        <translation type="unfinished">現在不開放，%1 %2 開放</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"> 分機 %1</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read-aloud controls</source>
        <translation type="unfinished">朗讀控制</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">上一項</translation>
    </message>
    <message>
        <source>Repeat the last item</source>
        <translation type="unfinished">再讀一次剛才這一項</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished">下一項</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <source>At least one section stays on the home screen.</source>
        <translation type="unfinished">首頁上至少要保留一個項目。</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1，版本 %2</translation>
    </message>
    <message>
        <source>This kiosk has no content feed configured.</source>
        <translation type="unfinished">本機沒有設定內容來源。</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished">正在檢查更新…</translation>
    </message>
    <message>
        <source>An update check is running; try again in a minute.</source>
        <translation type="unfinished">正在檢查更新，請一分鐘後再試。</translation>
    </message>
    <message>
        <source>The previous pack does not load; nothing was changed.</source>
        <translation type="unfinished">上一個內容包無法載入，沒有做任何變更。</translation>
    </message>
    <message>
        <source>Rolled back to feed version %1.</source>
        <translation type="unfinished">已還原到內容來源版本 %1。</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">工作人員面板</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">關閉</translation>
    </message>
    <message>
        <source>Lactation rooms</source>
        <translation type="unfinished">哺乳室</translation>
    </message>
    <message>
        <source>Clear the waitlist (%1)</source>
        <translation type="unfinished">清空等候名單（%1）</translation>
    </message>
    <message>
        <source>Sections on the home screen</source>
        <translation type="unfinished">首頁上的項目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished">內容</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished">內容包：</translation>
    </message>
    <message>
        <source>Feed version:</source>
        <translation type="unfinished">內容來源版本：</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished">上次檢查：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished">上次錯誤：</translation>
    </message>
    <message>
        <source>Signed metadata expires:</source>
        <translation type="unfinished">簽署中繼資料到期時間：</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished">立即檢查更新</translation>
    </message>
    <message>
        <source>Roll back to the previous pack</source>
        <translation type="unfinished">還原到上一個內容包</translation>
    </message>
    <message>
        <source>Starting over</source>
        <translation type="unfinished">自動回到首頁</translation>
    </message>
    <message>
        <source>The screen starts over after %1 s without a touch.</source>
        <translation type="unfinished">無人觸碰 %1 秒後，螢幕會回到首頁。</translation>
    </message>
    <message>
        <source>15 s shorter</source>
        <translation type="unfinished">縮短 15 秒</translation>
    </message>
    <message>
        <source>15 s longer</source>
        <translation type="unfinished">延長 15 秒</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished">結束本程式</translation>
    </message>
    <message>
        <source>Words not yet reviewed by a person:</source>
        <translation type="unfinished">尚未經人工審核的文字：</translation>
    </message>
    <message>
        <source>No words of their own (shown in the default language):</source>
        <translation type="unfinished">沒有自己的文字（以預設語言顯示）：</translation>
    </message>
</context>
<context>
    <name>TakeAwayScreen</name>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">傳到我的手機</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code. Each holds only what is written under it – nothing about you.</source>
        <translation type="unfinished">用手機相機對準一個 QR 碼。每個碼裡只有它下面寫的內容——沒有任何關於您的資料。</translation>
    </message>
    <message>
        <source>There is nothing to send for this item.</source>
        <translation type="unfinished">這一項沒有可以傳送的內容。</translation>
    </message>
</context>
<context>
    <name>TakeAwaySheet</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">打電話</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation type="unfinished">傳簡訊</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished">儲存聯絡人</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation type="unfinished">加到行事曆</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation type="unfinished">線上參加</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished">開啟網頁</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">您在這裡時</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">哺乳知識</translation>
    </message>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">互助團體和課程</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">尋求協助</translation>
    </message>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">哺乳室</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">您在這裡時</translation>
    </message>
    <message>
        <source>Feeding, pumping, storing milk, your rights</source>
        <translation type="unfinished">餵奶、擠奶、存奶、您的權利</translation>
    </message>
    <message>
        <source>Meet other mothers near you</source>
        <translation type="unfinished">認識您附近的其他媽媽</translation>
    </message>
    <message>
        <source>Counselors, consultants and helplines</source>
        <translation type="unfinished">輔導員、顧問和求助專線</translation>
    </message>
    <message>
        <source>A private place to feed or pump</source>
        <translation type="unfinished">餵奶、擠奶的私密空間</translation>
    </message>
    <message>
        <source>Pumping or feeding while you are here</source>
        <translation type="unfinished">在這裡時擠奶或餵奶</translation>
    </message>
    <message>
        <source>Comfortable seat</source>
        <translation type="unfinished">舒適的座椅</translation>
    </message>
    <message>
        <source>Power outlet</source>
        <translation type="unfinished">電源插座</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished">洗手台</translation>
    </message>
    <message>
        <source>Fridge for milk</source>
        <translation type="unfinished">存奶冰箱</translation>
    </message>
    <message>
        <source>Hospital-grade pump</source>
        <translation type="unfinished">醫院級吸乳器</translation>
    </message>
    <message>
        <source>Door that locks</source>
        <translation type="unfinished">門可以上鎖</translation>
    </message>
    <message>
        <source>Changing table</source>
        <translation type="unfinished">換尿布台</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished">輪椅可以進入</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished">燈光可以調暗</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished">飲用水</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished">桌子</translation>
    </message>
    <message>
        <source>Nursing pillow</source>
        <translation type="unfinished">哺乳枕</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">空閒</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished">使用中</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation type="unfinished">清潔中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">已關閉</translation>
    </message>
    <message>
        <source>Status not available – ask the front desk</source>
        <translation type="unfinished">無法顯示狀態——請詢問櫃台</translation>
    </message>
    <message>
        <source>The room is free now</source>
        <translation type="unfinished">房間現在空閒</translation>
    </message>
    <message>
        <source>The room is in use now</source>
        <translation type="unfinished">房間現在有人使用</translation>
    </message>
    <message>
        <source>The room is being cleaned</source>
        <translation type="unfinished">房間正在清潔</translation>
    </message>
    <message>
        <source>The room is closed now</source>
        <translation type="unfinished">房間現在關閉</translation>
    </message>
    <message>
        <source>No room is free right now</source>
        <translation type="unfinished">現在沒有空閒的房間</translation>
    </message>
    <message numerus="yes">
        <source>All %n rooms are free</source>
        <translation type="unfinished">
            <numerusform>%n 間房間全部空閒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rooms free</source>
        <extracomment>%1 the rooms free, %n all the rooms</extracomment>
        <translation type="unfinished">
            <numerusform>%n 間房間中有 %1 間空閒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n min so far</source>
        <translation type="unfinished">
            <numerusform>已持續 %n 分鐘</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually free within ~%n min</source>
        <translation type="unfinished">
            <numerusform>通常約 %n 分鐘內空出來</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting</source>
        <translation type="unfinished">
            <numerusform>%n 人在等候</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number is %1. Watch the top of this screen: %1 shows there when the room is free.</source>
        <translation type="unfinished">您的號碼是 %1。請留意螢幕最上方：房間空出來時，那裡會顯示 %1。</translation>
    </message>
    <message>
        <source>Now calling %1</source>
        <translation type="unfinished">現在叫號：%1</translation>
    </message>
    <message>
        <source>%1 – %2 is free</source>
        <translation type="unfinished">%1 號：%2 空出來了</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">英文</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">西班牙文</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished">本週</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">以後</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">首頁</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished">朗讀</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished">上一個</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished">重複</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">下一個</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation type="unfinished">小聲一點</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">大聲一點</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">字體大小</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">高對比</translation>
    </message>
    <message>
        <source>Next group or class</source>
        <translation type="unfinished">下一場團體活動或課程</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished">請輕觸螢幕開始</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">您還在嗎？</translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation type="unfinished">
            <numerusform>為了保護您的隱私，畫面將在 %n 秒後回到首頁。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation type="unfinished">選擇語言</translation>
    </message>
    <message>
        <source>Language help</source>
        <translation type="unfinished">語言協助</translation>
    </message>
    <message>
        <source>Free help in your language</source>
        <translation type="unfinished">用您的語言提供免費協助</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>said after a control&apos;s name when the keypad reaches it</extracomment>
        <translation type="unfinished">按鈕</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">標題</translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished">圖片</translation>
    </message>
    <message>
        <source>selected</source>
        <extracomment>the language or choice now shown</extracomment>
        <translation type="unfinished">已選擇</translation>
    </message>
    <message>
        <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
        <translation type="unfinished">語音已經開啟。這台機器會告訴您，餵母乳和擠奶可以得到哪些幫助。</translation>
    </message>
    <message>
        <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
        <extracomment>the EZ Access keys: two arrows, a round Select key, Back and Help</extracomment>
        <translation type="unfinished">請按向下箭頭鍵，聽下一項；按向上箭頭鍵，聽上一項。按選擇鍵選這一項，按返回鍵回到上一頁，按說明鍵再聽一次這段話。加號鍵和減號鍵可以調整音量。星號鍵可以關掉或打開螢幕。</translation>
    </message>
    <message>
        <source>The screen is off. Speech goes on.</source>
        <translation type="unfinished">螢幕已經關掉了。語音會繼續。</translation>
    </message>
    <message>
        <source>The screen is on.</source>
        <translation type="unfinished">螢幕已經打開了。</translation>
    </message>
    <message>
        <source>Press any key for more time.</source>
        <translation type="unfinished">需要更多時間，請按任何一個鍵。</translation>
    </message>
</context>
</TS>
