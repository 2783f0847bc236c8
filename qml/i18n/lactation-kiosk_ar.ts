<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ArticleBody</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished">المصادر</translation>
    </message>
    <message>
        <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
        <translation type="unfinished">للمعلومات فقط، وليست نصيحة طبية. اسألي طبيبك أو الممرضة أو أخصائية الرضاعة. في حالة الطوارئ، اتصلي بالرقم 911.</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">معلومات</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">إرسال إلى هاتفي</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>This kiosk can read the screen aloud: tap Listen.</source>
        <translation type="unfinished">يمكن لهذا الجهاز قراءة الشاشة بصوت عالٍ: اضغطي «استماع».</translation>
    </message>
    <message>
        <source>Listen: start and read the home screen aloud</source>
        <translation type="unfinished">استماع: البدء وقراءة الشاشة الرئيسية بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo content – your site&apos;s pack replaces it</source>
        <translation type="unfinished">محتوى تجريبي – سيُستبدل بمحتوى مؤسستكم</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation type="unfinished">اليوم</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished">غدًا</translation>
    </message>
</context>
<context>
    <name>GroupFilters</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">اللغة</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished">أي لغة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">المكان</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">أي مكان</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">حضوريًا</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">عبر الإنترنت</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">مجموعات الدعم والدروس</translation>
    </message>
    <message>
        <source>No groups or classes match. Try another filter.</source>
        <translation type="unfinished">لا توجد مجموعات أو دروس مطابقة. جرّبي اختيارًا آخر.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished">طلب المساعدة</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation type="unfinished">مساعدة عبر الهاتف</translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished">مساعدة قريبة منك</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>LanguagesScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">اللغة</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">معلومات</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Staff: hold for 5 seconds</source>
        <translation type="unfinished">للموظفين: الضغط مطولًا لمدة 5 ثوانٍ</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished">إيقاف</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">جارٍ البدء…</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation type="unfinished">لا صوت</translation>
    </message>
    <message>
        <source>Listen: read-aloud is starting…</source>
        <translation type="unfinished">استماع: جارٍ بدء القراءة بصوت عالٍ…</translation>
    </message>
    <message>
        <source>Read-aloud is not available</source>
        <translation type="unfinished">القراءة بصوت عالٍ غير متاحة</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished">إيقاف القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation type="unfinished">استماع: قراءة هذه الشاشة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Text size: normal. Tap for larger text</source>
        <translation type="unfinished">حجم الخط: عادي. اضغطي لتكبير الخط</translation>
    </message>
    <message>
        <source>Text size: large. Tap for the largest text</source>
        <translation type="unfinished">حجم الخط: كبير. اضغطي لأكبر خط</translation>
    </message>
    <message>
        <source>Text size: largest. Tap for normal text</source>
        <translation type="unfinished">حجم الخط: الأكبر. اضغطي للعودة إلى الخط العادي</translation>
    </message>
    <message>
        <source>High contrast: on. Tap for normal contrast</source>
        <translation type="unfinished">التباين العالي: يعمل. اضغطي للعودة إلى التباين العادي</translation>
    </message>
    <message>
        <source>High contrast: off. Tap to turn it on</source>
        <translation type="unfinished">التباين العالي: متوقف. اضغطي لتشغيله</translation>
    </message>
    <message>
        <source>Move the screen back up</source>
        <translation type="unfinished">إعادة الشاشة إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the screen down, within reach</source>
        <translation type="unfinished">إنزال الشاشة لتكون في متناول يدك</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished">تغيير اللغة إلى %1</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">تم الإلغاء</translation>
    </message>
    <message>
        <source>CANCELLED – this meeting will not take place</source>
        <translation type="unfinished">تم الإلغاء – لن يُعقد هذا اللقاء</translation>
    </message>
    <message>
        <source>Changed time or place</source>
        <translation type="unfinished">تغيّر الموعد أو المكان</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">عبر الإنترنت</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">اللغة:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">الجهة المسؤولة:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">التكلفة:</translation>
    </message>
    <message>
        <source>Join online:</source>
        <translation type="unfinished">الانضمام عبر الإنترنت:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">إرسال إلى هاتفي</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished">الرمز السري غير صحيح.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation type="unfinished">محاولات خاطئة كثيرة. يمكن المحاولة مرة أخرى بعد %1 دقيقة.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
        <translation type="unfinished">لم يُضبط رمز سري للموظفين على هذا الجهاز (lactation-kiosk --set-pin).</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">الرمز السري للموظفين</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation type="unfinished">عدد الأرقام المكتوبة: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">حذف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Touch the screen to keep your visit.</source>
        <translation type="unfinished">المسي الشاشة لمواصلة زيارتك.</translation>
    </message>
</context>
<context>
    <name>ReadingScript</name>
    <message>
        <source>Buttons: %1. While reading: %2</source>
        <extracomment>The last line of every screen&apos;s read-aloud script: %1 the bar&apos;s buttons, %2 the speech bar&apos;s.</extracomment>
        <translation type="unfinished">الأزرار: %1. أثناء القراءة: %2</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished">الأقسام: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">تم الإلغاء</translation>
    </message>
</context>
<context>
    <name>ReferralLadder</name>
    <message>
        <source>Peer counselor</source>
        <translation type="unfinished">مرشدة من الأمهات</translation>
    </message>
    <message>
        <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
        <translation type="unfinished">أم مدرَّبة على دعم الأمهات الأخريات، من خلال برنامج WIC أو La Leche League. للأسئلة اليومية والتشجيع.</translation>
    </message>
    <message>
        <source>Lactation counselor (CLC)</source>
        <translation type="unfinished">مستشارة رضاعة (CLC)</translation>
    </message>
    <message>
        <source>A trained counselor for common problems.</source>
        <translation type="unfinished">مستشارة مدرَّبة للمشاكل الشائعة.</translation>
    </message>
    <message>
        <source>Lactation consultant (IBCLC)</source>
        <translation type="unfinished">أخصائية رضاعة (IBCLC)</translation>
    </message>
    <message>
        <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
        <translation type="unfinished">الخبيرة الطبية للمشاكل الأصعب: الألم، قلة الحليب، زيادة وزن الطفل، الأطفال المولودون قبل موعدهم. اسألي طبيبك أو المستشفى الذي ولدتِ فيه.</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">الطبيب</translation>
    </message>
    <message>
        <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
        <translation type="unfinished">طبيب الأطفال أو طبيب النساء والتوليد: المشاكل الطبية، الحمّى، طفل لا يرضع، وأي أمر عاجل.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished">من يمكنه المساعدة</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Tell me when it&apos;s free</source>
        <translation type="unfinished">أخبروني عندما تفرغ</translation>
    </message>
    <message>
        <source>Get a number</source>
        <translation type="unfinished">خذي رقمًا</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">المكان:</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation type="unfinished">طريقة الدخول:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished">أوقات الفتح:</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished">سهولة الوصول:</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">غرفة الرضاعة</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">الجهة المسؤولة:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">اللغات:</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished">لمن هذه الخدمة:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">التكلفة:</translation>
    </message>
    <message>
        <source>How to get it:</source>
        <translation type="unfinished">طريقة الحصول عليها:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished">الشهادات:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">المكان:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished">الموقع الإلكتروني:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">إرسال إلى هاتفي</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished">مفتوح 24 ساعة</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation type="unfinished">مفتوح الآن، حتى الساعة %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished">مغلق الآن</translation>
    </message>
    <message>
        <source>Closed now, opens %1 %2</source>
        <translation type="unfinished">مغلق الآن، يفتح %1 الساعة %2</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"> تحويلة %1</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read-aloud controls</source>
        <translation type="unfinished">أزرار القراءة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">العنصر السابق</translation>
    </message>
    <message>
        <source>Repeat the last item</source>
        <translation type="unfinished">إعادة العنصر الأخير</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished">العنصر التالي</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <source>At least one section stays on the home screen.</source>
        <translation type="unfinished">يجب أن يبقى قسم واحد على الأقل في الشاشة الرئيسية.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1، الإصدار %2</translation>
    </message>
    <message>
        <source>This kiosk has no content feed configured.</source>
        <translation type="unfinished">لم يُضبط مصدر محتوى لهذا الجهاز.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished">جارٍ البحث عن تحديثات…</translation>
    </message>
    <message>
        <source>An update check is running; try again in a minute.</source>
        <translation type="unfinished">البحث عن التحديثات جارٍ؛ يُرجى المحاولة مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <source>The previous pack does not load; nothing was changed.</source>
        <translation type="unfinished">تعذّر تحميل الحزمة السابقة؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Rolled back to feed version %1.</source>
        <translation type="unfinished">تمت العودة إلى الإصدار %1 من مصدر المحتوى.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">لوحة الموظفين</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">إغلاق</translation>
    </message>
    <message>
        <source>Lactation rooms</source>
        <translation type="unfinished">غرف الرضاعة</translation>
    </message>
    <message>
        <source>Clear the waitlist (%1)</source>
        <translation type="unfinished">مسح قائمة الانتظار (%1)</translation>
    </message>
    <message>
        <source>Sections on the home screen</source>
        <translation type="unfinished">الأقسام في الشاشة الرئيسية</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished">المحتوى</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished">الحزمة:</translation>
    </message>
    <message>
        <source>Feed version:</source>
        <translation type="unfinished">إصدار مصدر المحتوى:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished">آخر فحص:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished">آخر خطأ:</translation>
    </message>
    <message>
        <source>Signed metadata expires:</source>
        <translation type="unfinished">تنتهي صلاحية البيانات الوصفية الموقّعة:</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished">البحث عن تحديثات الآن</translation>
    </message>
    <message>
        <source>Roll back to the previous pack</source>
        <translation type="unfinished">العودة إلى الحزمة السابقة</translation>
    </message>
    <message>
        <source>Starting over</source>
        <translation type="unfinished">العودة إلى البداية</translation>
    </message>
    <message>
        <source>The screen starts over after %1 s without a touch.</source>
        <translation type="unfinished">تعود الشاشة إلى البداية بعد %1 ثانية دون لمس.</translation>
    </message>
    <message>
        <source>15 s shorter</source>
        <translation type="unfinished">أقصر بـ 15 ثانية</translation>
    </message>
    <message>
        <source>15 s longer</source>
        <translation type="unfinished">أطول بـ 15 ثانية</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished">الخروج من البرنامج</translation>
    </message>
    <message>
        <source>Words not yet reviewed by a person:</source>
        <translation type="unfinished">كلمات لم يراجعها شخص بعد:</translation>
    </message>
    <message>
        <source>No words of their own (shown in the default language):</source>
        <translation type="unfinished">لا توجد كلمات خاصة بها (تظهر باللغة الافتراضية):</translation>
    </message>
</context>
<context>
    <name>TakeAwayScreen</name>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">إرسال إلى هاتفي</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code. Each holds only what is written under it – nothing about you.</source>
        <translation type="unfinished">وجّهي كاميرا هاتفك نحو أحد الرموز. كل رمز يحتوي فقط على ما هو مكتوب تحته – ولا شيء عنك.</translation>
    </message>
    <message>
        <source>There is nothing to send for this item.</source>
        <translation type="unfinished">لا يوجد شيء لإرساله من هذا العنصر.</translation>
    </message>
</context>
<context>
    <name>TakeAwaySheet</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">اتصال</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation type="unfinished">إرسال رسالة نصية</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished">حفظ جهة الاتصال</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation type="unfinished">إضافة إلى تقويمك</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation type="unfinished">الانضمام عبر الإنترنت</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished">فتح صفحة الإنترنت</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">زيارتك</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">معلومات</translation>
    </message>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">مجموعات الدعم والدروس</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">طلب المساعدة</translation>
    </message>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">غرفة الرضاعة</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">زيارتك</translation>
    </message>
    <message>
        <source>Feeding, pumping, storing milk, your rights</source>
        <translation type="unfinished">الرضاعة، شفط الحليب وحفظه، حقوقك</translation>
    </message>
    <message>
        <source>Meet other mothers near you</source>
        <translation type="unfinished">تعرّفي على أمهات أخريات قريبات منك</translation>
    </message>
    <message>
        <source>Counselors, consultants and helplines</source>
        <translation type="unfinished">مستشارات وأخصائيات وخطوط مساعدة</translation>
    </message>
    <message>
        <source>A private place to feed or pump</source>
        <translation type="unfinished">مكان خاص للرضاعة أو شفط الحليب</translation>
    </message>
    <message>
        <source>Pumping or feeding while you are here</source>
        <translation type="unfinished">شفط الحليب أو الرضاعة أثناء وجودك هنا</translation>
    </message>
    <message>
        <source>Comfortable seat</source>
        <translation type="unfinished">مقعد مريح</translation>
    </message>
    <message>
        <source>Power outlet</source>
        <translation type="unfinished">مقبس كهرباء</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished">مغسلة</translation>
    </message>
    <message>
        <source>Fridge for milk</source>
        <translation type="unfinished">ثلاجة للحليب</translation>
    </message>
    <message>
        <source>Hospital-grade pump</source>
        <translation type="unfinished">مضخة حليب بمستوى المستشفيات</translation>
    </message>
    <message>
        <source>Door that locks</source>
        <translation type="unfinished">باب يُقفل</translation>
    </message>
    <message>
        <source>Changing table</source>
        <translation type="unfinished">طاولة لتغيير الحفاضات</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished">مدخل للكراسي المتحركة</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished">إضاءة يمكن خفضها</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished">ماء للشرب</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished">طاولة</translation>
    </message>
    <message>
        <source>Nursing pillow</source>
        <translation type="unfinished">وسادة رضاعة</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">متاحة</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished">مشغولة</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation type="unfinished">قيد التنظيف</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">مغلقة</translation>
    </message>
    <message>
        <source>Status not available – ask the front desk</source>
        <translation type="unfinished">الحالة غير معروفة – اسألي في مكتب الاستقبال</translation>
    </message>
    <message>
        <source>The room is free now</source>
        <translation type="unfinished">الغرفة متاحة الآن</translation>
    </message>
    <message>
        <source>The room is in use now</source>
        <translation type="unfinished">الغرفة مشغولة الآن</translation>
    </message>
    <message>
        <source>The room is being cleaned</source>
        <translation type="unfinished">يجري تنظيف الغرفة الآن</translation>
    </message>
    <message>
        <source>The room is closed now</source>
        <translation type="unfinished">الغرفة مغلقة الآن</translation>
    </message>
    <message>
        <source>No room is free right now</source>
        <translation type="unfinished">لا توجد غرفة متاحة الآن</translation>
    </message>
    <message numerus="yes">
        <source>All %n rooms are free</source>
        <translation type="unfinished">
            <numerusform>%n غرفة، كلها متاحة</numerusform>
            <numerusform>%n غرفة، وهي متاحة</numerusform>
            <numerusform>%n غرفتان، كلتاهما متاحة</numerusform>
            <numerusform>%n غرف، كلها متاحة</numerusform>
            <numerusform>%n غرفة، كلها متاحة</numerusform>
            <numerusform>%n غرفة، كلها متاحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rooms free</source>
        <extracomment>%1 the rooms free, %n all the rooms</extracomment>
        <translation type="unfinished">
            <numerusform>%1 من %n غرفة متاحة</numerusform>
            <numerusform>%1 من %n غرفة متاحة</numerusform>
            <numerusform>%1 من %n غرفتين متاحة</numerusform>
            <numerusform>%1 من %n غرف متاحة</numerusform>
            <numerusform>%1 من %n غرفة متاحة</numerusform>
            <numerusform>%1 من %n غرفة متاحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n min so far</source>
        <translation type="unfinished">
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقتين</numerusform>
            <numerusform>منذ %n دقائق</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually free within ~%n min</source>
        <translation type="unfinished">
            <numerusform>تصبح متاحة عادةً خلال %n دقيقة تقريبًا</numerusform>
            <numerusform>تصبح متاحة عادةً خلال %n دقيقة تقريبًا</numerusform>
            <numerusform>تصبح متاحة عادةً خلال %n دقيقتين تقريبًا</numerusform>
            <numerusform>تصبح متاحة عادةً خلال %n دقائق تقريبًا</numerusform>
            <numerusform>تصبح متاحة عادةً خلال %n دقيقة تقريبًا</numerusform>
            <numerusform>تصبح متاحة عادةً خلال %n دقيقة تقريبًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting</source>
        <translation type="unfinished">
            <numerusform>%n شخص في الانتظار</numerusform>
            <numerusform>%n شخص في الانتظار</numerusform>
            <numerusform>%n شخصان في الانتظار</numerusform>
            <numerusform>%n أشخاص في الانتظار</numerusform>
            <numerusform>%n شخصًا في الانتظار</numerusform>
            <numerusform>%n شخص في الانتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number is %1. Watch the top of this screen: %1 shows there when the room is free.</source>
        <translation type="unfinished">رقمك هو %1. انظري إلى أعلى هذه الشاشة: سيظهر الرقم %1 هناك عندما تصبح الغرفة متاحة.</translation>
    </message>
    <message>
        <source>Now calling %1</source>
        <translation type="unfinished">الدور الآن للرقم %1</translation>
    </message>
    <message>
        <source>%1 – %2 is free</source>
        <translation type="unfinished">%1 – %2 متاحة</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">الإسبانية</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished">هذا الأسبوع</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">لاحقًا</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">الرئيسية</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished">استماع</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished">السابق</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished">إعادة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">التالي</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation type="unfinished">صوت أخفض</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">صوت أعلى</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">حجم الخط</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">تباين عالٍ</translation>
    </message>
    <message>
        <source>Next group or class</source>
        <translation type="unfinished">المجموعة أو الدرس القادم</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished">المسي الشاشة للبدء</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">هل ما زلت هنا؟</translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation type="unfinished">
            <numerusform>حفاظًا على خصوصية زيارتك، ستبدأ هذه الشاشة من جديد بعد %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصية زيارتك، ستبدأ هذه الشاشة من جديد بعد %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصية زيارتك، ستبدأ هذه الشاشة من جديد بعد %n ثانيتين.</numerusform>
            <numerusform>حفاظًا على خصوصية زيارتك، ستبدأ هذه الشاشة من جديد بعد %n ثوانٍ.</numerusform>
            <numerusform>حفاظًا على خصوصية زيارتك، ستبدأ هذه الشاشة من جديد بعد %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصية زيارتك، ستبدأ هذه الشاشة من جديد بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation type="unfinished">اختاري اللغة</translation>
    </message>
    <message>
        <source>Language help</source>
        <translation type="unfinished">مساعدة لغوية</translation>
    </message>
    <message>
        <source>Free help in your language</source>
        <translation type="unfinished">مساعدة مجانية بلغتكِ</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>said after a control&apos;s name when the keypad reaches it</extracomment>
        <translation type="unfinished">زر</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">عنوان</translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished">صورة</translation>
    </message>
    <message>
        <source>selected</source>
        <extracomment>the language or choice now shown</extracomment>
        <translation type="unfinished">مُختار</translation>
    </message>
    <message>
        <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
        <translation type="unfinished">القراءة بصوت عالٍ تعمل الآن. هذا الجهاز يخبركِ عن المساعدة في الرضاعة الطبيعية وشفط الحليب.</translation>
    </message>
    <message>
        <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
        <extracomment>the EZ Access keys: two arrows, a round Select key, Back and Help</extracomment>
        <translation type="unfinished">اضغطي سهم الأسفل لتسمعي العنصر التالي، وسهم الأعلى لتسمعي العنصر السابق. اضغطي زر الاختيار لتختاريه، وزر الرجوع لترجعي، وزر المساعدة لتسمعي هذا الكلام مرة أخرى. زر الزائد يرفع الصوت، وزر الناقص يخفضه. زر النجمة يطفئ الشاشة ويشغّلها.</translation>
    </message>
    <message>
        <source>The screen is off. Speech goes on.</source>
        <translation type="unfinished">الشاشة مطفأة الآن. والقراءة بصوت عالٍ مستمرة.</translation>
    </message>
    <message>
        <source>The screen is on.</source>
        <translation type="unfinished">الشاشة تعمل الآن.</translation>
    </message>
    <message>
        <source>Press any key for more time.</source>
        <translation type="unfinished">اضغطي أي زر لتحصلي على وقت إضافي.</translation>
    </message>
</context>
</TS>
