<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleBody</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished">资料来源</translation>
    </message>
    <message>
        <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
        <translation type="unfinished">这里的内容仅供参考，不是医疗建议。请咨询您的医生、护士或哺乳顾问。如有紧急情况，请拨打 911。</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">哺乳知识</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">发到我的手机</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>This kiosk can read the screen aloud: tap Listen.</source>
        <translation type="unfinished">本机可以把屏幕上的字读出来：请点“朗读”。</translation>
    </message>
    <message>
        <source>Listen: start and read the home screen aloud</source>
        <translation type="unfinished">朗读：开始使用，并把主页读出来</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo content – your site&apos;s pack replaces it</source>
        <translation type="unfinished">示范内容——之后会换成本机构的正式内容</translation>
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
        <translation type="unfinished">语言</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished">不限语言</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">地点</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">不限地点</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">面对面</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">线上</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">互助小组和课程</translation>
    </message>
    <message>
        <source>No groups or classes match. Try another filter.</source>
        <translation type="unfinished">没有符合条件的小组或课程。请换一个筛选条件试试。</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished">寻求帮助</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation type="unfinished">电话求助</translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished">您附近的帮助</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">我还在</translation>
    </message>
</context>
<context>
    <name>LanguagesScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">语言</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">哺乳知识</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Staff: hold for 5 seconds</source>
        <translation type="unfinished">工作人员：按住 5 秒</translation>
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
        <translation type="unfinished">正在启动…</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation type="unfinished">没有语音</translation>
    </message>
    <message>
        <source>Listen: read-aloud is starting…</source>
        <translation type="unfinished">朗读：正在准备读出来…</translation>
    </message>
    <message>
        <source>Read-aloud is not available</source>
        <translation type="unfinished">现在无法朗读</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished">停止朗读</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation type="unfinished">朗读：把这个页面读出来</translation>
    </message>
    <message>
        <source>Text size: normal. Tap for larger text</source>
        <translation type="unfinished">字体大小：正常。点一下，字变大</translation>
    </message>
    <message>
        <source>Text size: large. Tap for the largest text</source>
        <translation type="unfinished">字体大小：大。点一下，字变成最大</translation>
    </message>
    <message>
        <source>Text size: largest. Tap for normal text</source>
        <translation type="unfinished">字体大小：最大。点一下，恢复正常大小</translation>
    </message>
    <message>
        <source>High contrast: on. Tap for normal contrast</source>
        <translation type="unfinished">高对比度：已打开。点一下，恢复正常对比度</translation>
    </message>
    <message>
        <source>High contrast: off. Tap to turn it on</source>
        <translation type="unfinished">高对比度：已关闭。点一下打开</translation>
    </message>
    <message>
        <source>Move the screen back up</source>
        <translation type="unfinished">把画面移回上方</translation>
    </message>
    <message>
        <source>Move the screen down, within reach</source>
        <translation type="unfinished">把画面往下移，方便您点到</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished">把语言换成 %1</translation>
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
        <translation type="unfinished">已取消——这次聚会不举行了</translation>
    </message>
    <message>
        <source>Changed time or place</source>
        <translation type="unfinished">时间或地点有变</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">线上</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">语言：</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">主办：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">费用：</translation>
    </message>
    <message>
        <source>Join online:</source>
        <translation type="unfinished">线上参加：</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">发到我的手机</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished">PIN 码错误。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation type="unfinished">PIN 码错误次数太多。请在 %1 分钟后再试。</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
        <translation type="unfinished">本机还没有设置工作人员 PIN 码（lactation-kiosk --set-pin）。</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">工作人员 PIN 码</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation type="unfinished">已输入 %1 位数字</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">删除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">确定</translation>
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
        <translation type="unfinished">请触摸屏幕，继续使用。</translation>
    </message>
</context>
<context>
    <name>ReadingScript</name>
    <message>
        <source>Buttons: %1. While reading: %2</source>
        <extracomment>The last line of every screen&apos;s read-aloud script: %1 the bar&apos;s buttons, %2 the speech bar&apos;s.</extracomment>
        <translation type="unfinished">按钮：%1。朗读时：%2</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished">栏目：%1</translation>
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
        <translation type="unfinished">哺乳同伴辅导员</translation>
    </message>
    <message>
        <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
        <translation type="unfinished">受过培训、帮助其他妈妈的母亲，通过 WIC 或 La Leche League（国际母乳会）提供服务。解答日常问题，给您鼓励。</translation>
    </message>
    <message>
        <source>Lactation counselor (CLC)</source>
        <translation type="unfinished">哺乳辅导员（CLC）</translation>
    </message>
    <message>
        <source>A trained counselor for common problems.</source>
        <translation type="unfinished">受过培训的辅导员，帮您处理常见问题。</translation>
    </message>
    <message>
        <source>Lactation consultant (IBCLC)</source>
        <translation type="unfinished">哺乳顾问（IBCLC）</translation>
    </message>
    <message>
        <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
        <translation type="unfinished">处理较难问题的临床专家：疼痛、奶水少、宝宝体重增长、早产宝宝。请问您的医生，或您生宝宝的医院。</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">医生</translation>
    </message>
    <message>
        <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
        <translation type="unfinished">儿科医生或妇产科医生：医疗问题、发烧、宝宝不吃奶，以及任何紧急情况。</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished">谁可以帮您</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Tell me when it&apos;s free</source>
        <translation type="unfinished">空出来时通知我</translation>
    </message>
    <message>
        <source>Get a number</source>
        <translation type="unfinished">取号</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">位置：</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation type="unfinished">怎么进去：</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished">开放时间：</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished">无障碍设施：</translation>
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
        <translation type="unfinished">提供机构：</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">语言：</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished">谁可以使用：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">费用：</translation>
    </message>
    <message>
        <source>How to get it:</source>
        <translation type="unfinished">怎么获得：</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished">专业资格：</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">地点：</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished">网站：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">电子邮件：</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">发到我的手机</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished">24 小时开放</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation type="unfinished">现在开放，到 %1 为止</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished">现在不开放</translation>
    </message>
    <message>
        <source>Closed now, opens %1 %2</source>
        <translation type="unfinished">现在不开放，%1 %2 开放</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"> 分机 %1</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read-aloud controls</source>
        <translation type="unfinished">朗读控制</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">上一项</translation>
    </message>
    <message>
        <source>Repeat the last item</source>
        <translation type="unfinished">再读一遍刚才这一项</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished">下一项</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <source>At least one section stays on the home screen.</source>
        <translation type="unfinished">主页上至少要保留一个栏目。</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1，版本 %2</translation>
    </message>
    <message>
        <source>This kiosk has no content feed configured.</source>
        <translation type="unfinished">本机没有配置内容源。</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished">正在检查更新…</translation>
    </message>
    <message>
        <source>An update check is running; try again in a minute.</source>
        <translation type="unfinished">正在检查更新，请一分钟后再试。</translation>
    </message>
    <message>
        <source>The previous pack does not load; nothing was changed.</source>
        <translation type="unfinished">上一个内容包无法加载，没有做任何更改。</translation>
    </message>
    <message>
        <source>Rolled back to feed version %1.</source>
        <translation type="unfinished">已回退到内容源版本 %1。</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">工作人员面板</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <source>Lactation rooms</source>
        <translation type="unfinished">哺乳室</translation>
    </message>
    <message>
        <source>Clear the waitlist (%1)</source>
        <translation type="unfinished">清空等候名单（%1）</translation>
    </message>
    <message>
        <source>Sections on the home screen</source>
        <translation type="unfinished">主页上的栏目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished">内容</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished">内容包：</translation>
    </message>
    <message>
        <source>Feed version:</source>
        <translation type="unfinished">内容源版本：</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished">上次检查：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished">上次错误：</translation>
    </message>
    <message>
        <source>Signed metadata expires:</source>
        <translation type="unfinished">签名元数据到期时间：</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished">立即检查更新</translation>
    </message>
    <message>
        <source>Roll back to the previous pack</source>
        <translation type="unfinished">回退到上一个内容包</translation>
    </message>
    <message>
        <source>Starting over</source>
        <translation type="unfinished">自动回到主页</translation>
    </message>
    <message>
        <source>The screen starts over after %1 s without a touch.</source>
        <translation type="unfinished">无人触摸 %1 秒后，屏幕会回到主页。</translation>
    </message>
    <message>
        <source>15 s shorter</source>
        <translation type="unfinished">缩短 15 秒</translation>
    </message>
    <message>
        <source>15 s longer</source>
        <translation type="unfinished">延长 15 秒</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished">退出本程序</translation>
    </message>
    <message>
        <source>Words not yet reviewed by a person:</source>
        <translation type="unfinished">尚未经人工审核的文字：</translation>
    </message>
    <message>
        <source>No words of their own (shown in the default language):</source>
        <translation type="unfinished">没有自己的文字（以默认语言显示）：</translation>
    </message>
</context>
<context>
    <name>TakeAwayScreen</name>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">发到我的手机</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code. Each holds only what is written under it – nothing about you.</source>
        <translation type="unfinished">用手机相机对准一个二维码。每个码里只有它下面写的内容——没有任何关于您的信息。</translation>
    </message>
    <message>
        <source>There is nothing to send for this item.</source>
        <translation type="unfinished">这一项没有可以发送的内容。</translation>
    </message>
</context>
<context>
    <name>TakeAwaySheet</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">打电话</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation type="unfinished">发短信</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished">保存联系人</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation type="unfinished">加到日历</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation type="unfinished">线上参加</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished">打开网页</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">您在这里时</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">哺乳知识</translation>
    </message>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">互助小组和课程</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">寻求帮助</translation>
    </message>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">哺乳室</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">您在这里时</translation>
    </message>
    <message>
        <source>Feeding, pumping, storing milk, your rights</source>
        <translation type="unfinished">喂奶、吸奶、存奶、您的权利</translation>
    </message>
    <message>
        <source>Meet other mothers near you</source>
        <translation type="unfinished">认识您附近的其他妈妈</translation>
    </message>
    <message>
        <source>Counselors, consultants and helplines</source>
        <translation type="unfinished">辅导员、顾问和求助热线</translation>
    </message>
    <message>
        <source>A private place to feed or pump</source>
        <translation type="unfinished">喂奶、吸奶的私密空间</translation>
    </message>
    <message>
        <source>Pumping or feeding while you are here</source>
        <translation type="unfinished">在这里时吸奶或喂奶</translation>
    </message>
    <message>
        <source>Comfortable seat</source>
        <translation type="unfinished">舒适的座椅</translation>
    </message>
    <message>
        <source>Power outlet</source>
        <translation type="unfinished">电源插座</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished">洗手池</translation>
    </message>
    <message>
        <source>Fridge for milk</source>
        <translation type="unfinished">存奶冰箱</translation>
    </message>
    <message>
        <source>Hospital-grade pump</source>
        <translation type="unfinished">医院级吸奶器</translation>
    </message>
    <message>
        <source>Door that locks</source>
        <translation type="unfinished">门可以上锁</translation>
    </message>
    <message>
        <source>Changing table</source>
        <translation type="unfinished">换尿布台</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished">轮椅可以进入</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished">灯光可以调暗</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished">饮用水</translation>
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
        <translation type="unfinished">空闲</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished">使用中</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation type="unfinished">清洁中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">已关闭</translation>
    </message>
    <message>
        <source>Status not available – ask the front desk</source>
        <translation type="unfinished">无法显示状态——请询问前台</translation>
    </message>
    <message>
        <source>The room is free now</source>
        <translation type="unfinished">房间现在空闲</translation>
    </message>
    <message>
        <source>The room is in use now</source>
        <translation type="unfinished">房间现在有人使用</translation>
    </message>
    <message>
        <source>The room is being cleaned</source>
        <translation type="unfinished">房间正在清洁</translation>
    </message>
    <message>
        <source>The room is closed now</source>
        <translation type="unfinished">房间现在关闭</translation>
    </message>
    <message>
        <source>No room is free right now</source>
        <translation type="unfinished">现在没有空闲的房间</translation>
    </message>
    <message numerus="yes">
        <source>All %n rooms are free</source>
        <translation type="unfinished">
            <numerusform>%n 间房间全部空闲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rooms free</source>
        <extracomment>%1 the rooms free, %n all the rooms</extracomment>
        <translation type="unfinished">
            <numerusform>%n 间房间中有 %1 间空闲</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n min so far</source>
        <translation type="unfinished">
            <numerusform>已持续 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually free within ~%n min</source>
        <translation type="unfinished">
            <numerusform>通常约 %n 分钟内空出来</numerusform>
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
        <translation type="unfinished">您的号码是 %1。请留意屏幕最上方：房间空出来时，那里会显示 %1。</translation>
    </message>
    <message>
        <source>Now calling %1</source>
        <translation type="unfinished">现在叫号：%1</translation>
    </message>
    <message>
        <source>%1 – %2 is free</source>
        <translation type="unfinished">%1 号：%2 空出来了</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">英语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">西班牙语</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished">本周</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">以后</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">返回</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">主页</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished">朗读</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished">上一个</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished">重复</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">下一个</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation type="unfinished">小声一点</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">大声一点</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">字体大小</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">高对比度</translation>
    </message>
    <message>
        <source>Next group or class</source>
        <translation type="unfinished">下一场小组活动或课程</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished">请触摸屏幕开始</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation type="unfinished">
            <numerusform>为了保护您的隐私，画面将在 %n 秒后回到主页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation type="unfinished">选择语言</translation>
    </message>
    <message>
        <source>Language help</source>
        <translation type="unfinished">语言协助</translation>
    </message>
    <message>
        <source>Free help in your language</source>
        <translation type="unfinished">用您的语言提供免费帮助</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>said after a control&apos;s name when the keypad reaches it</extracomment>
        <translation type="unfinished">按钮</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">标题</translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished">图片</translation>
    </message>
    <message>
        <source>selected</source>
        <extracomment>the language or choice now shown</extracomment>
        <translation type="unfinished">已选中</translation>
    </message>
    <message>
        <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
        <translation type="unfinished">语音已打开。这台机器为您介绍喂母乳和吸奶方面的帮助。</translation>
    </message>
    <message>
        <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
        <extracomment>the EZ Access keys: two arrows, a round Select key, Back and Help</extracomment>
        <translation type="unfinished">请按向下箭头键听下一项，按向上箭头键听上一项。按选择键选中这一项，按返回键回到上一步，按帮助键再听一遍这段说明。按加号键或减号键，可以调大或调小音量。星号键可以关掉或打开屏幕。</translation>
    </message>
    <message>
        <source>The screen is off. Speech goes on.</source>
        <translation type="unfinished">屏幕已关闭。语音会继续朗读。</translation>
    </message>
    <message>
        <source>The screen is on.</source>
        <translation type="unfinished">屏幕已打开。</translation>
    </message>
    <message>
        <source>Press any key for more time.</source>
        <translation type="unfinished">如果需要更多时间，请按任意一个键。</translation>
    </message>
</context>
</TS>
