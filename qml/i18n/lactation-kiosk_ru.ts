<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArticleBody</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Источники</translation>
    </message>
    <message>
        <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
        <translation type="unfinished">Только для информации, это не медицинский совет. Спросите своего врача, медсестру или консультанта по грудному вскармливанию. В экстренной ситуации звоните 911.</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Узнать</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Отправить на телефон</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>This kiosk can read the screen aloud: tap Listen.</source>
        <translation type="unfinished">Этот киоск может прочитать экран вслух: нажмите «Слушать».</translation>
    </message>
    <message>
        <source>Listen: start and read the home screen aloud</source>
        <translation type="unfinished">Слушать: начать и прочитать начальный экран вслух</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo content – your site&apos;s pack replaces it</source>
        <translation type="unfinished">Пример содержимого – его заменят материалы вашего учреждения</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation type="unfinished">сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished">завтра</translation>
    </message>
</context>
<context>
    <name>GroupFilters</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Язык</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished">Любой язык</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Где</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">Везде</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">Очно</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Онлайн</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">Группы поддержки и занятия</translation>
    </message>
    <message>
        <source>No groups or classes match. Try another filter.</source>
        <translation type="unfinished">Нет подходящих групп или занятий. Попробуйте другой фильтр.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Помощь</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation type="unfinished">Помощь по телефону</translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished">Помощь рядом</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Я здесь</translation>
    </message>
</context>
<context>
    <name>LanguagesScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Язык</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Узнать</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Staff: hold for 5 seconds</source>
        <translation type="unfinished">Для персонала: удерживайте 5 секунд</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Стоп</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Запуск…</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation type="unfinished">Нет озвучки</translation>
    </message>
    <message>
        <source>Listen: read-aloud is starting…</source>
        <translation type="unfinished">Слушать: чтение вслух запускается…</translation>
    </message>
    <message>
        <source>Read-aloud is not available</source>
        <translation type="unfinished">Чтение вслух недоступно</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished">Остановить чтение вслух</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation type="unfinished">Слушать: прочитать этот экран вслух</translation>
    </message>
    <message>
        <source>Text size: normal. Tap for larger text</source>
        <translation type="unfinished">Размер текста: обычный. Нажмите, чтобы увеличить</translation>
    </message>
    <message>
        <source>Text size: large. Tap for the largest text</source>
        <translation type="unfinished">Размер текста: крупный. Нажмите для самого крупного</translation>
    </message>
    <message>
        <source>Text size: largest. Tap for normal text</source>
        <translation type="unfinished">Размер текста: самый крупный. Нажмите для обычного</translation>
    </message>
    <message>
        <source>High contrast: on. Tap for normal contrast</source>
        <translation type="unfinished">Высокий контраст: включён. Нажмите для обычного контраста</translation>
    </message>
    <message>
        <source>High contrast: off. Tap to turn it on</source>
        <translation type="unfinished">Высокий контраст: выключен. Нажмите, чтобы включить</translation>
    </message>
    <message>
        <source>Move the screen back up</source>
        <translation type="unfinished">Вернуть экран наверх</translation>
    </message>
    <message>
        <source>Move the screen down, within reach</source>
        <translation type="unfinished">Опустить экран, чтобы легче дотянуться</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished">Сменить язык: %1</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Отменено</translation>
    </message>
    <message>
        <source>CANCELLED – this meeting will not take place</source>
        <translation type="unfinished">ОТМЕНЕНО – эта встреча не состоится</translation>
    </message>
    <message>
        <source>Changed time or place</source>
        <translation type="unfinished">Новое время или место</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Онлайн</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Язык:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">Ведёт:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Цена:</translation>
    </message>
    <message>
        <source>Join online:</source>
        <translation type="unfinished">Войти онлайн:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Отправить на телефон</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished">Неверный PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation type="unfinished">Слишком много неверных попыток. Повторите через %1 мин.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
        <translation type="unfinished">На этом киоске не задан PIN персонала (lactation-kiosk --set-pin).</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN персонала</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation type="unfinished">Введено цифр: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Стереть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Touch the screen to keep your visit.</source>
        <translation type="unfinished">Коснитесь экрана, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>ReadingScript</name>
    <message>
        <source>Buttons: %1. While reading: %2</source>
        <extracomment>The last line of every screen&apos;s read-aloud script: %1 the bar&apos;s buttons, %2 the speech bar&apos;s.</extracomment>
        <translation type="unfinished">Кнопки: %1. Во время чтения: %2</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished">Разделы: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Отменено</translation>
    </message>
</context>
<context>
    <name>ReferralLadder</name>
    <message>
        <source>Peer counselor</source>
        <translation type="unfinished">Мама-консультант</translation>
    </message>
    <message>
        <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
        <translation type="unfinished">Мама, которая прошла обучение в WIC или La Leche League и помогает другим мамам. Ответит на повседневные вопросы и поддержит.</translation>
    </message>
    <message>
        <source>Lactation counselor (CLC)</source>
        <translation type="unfinished">Консультант по кормлению (CLC)</translation>
    </message>
    <message>
        <source>A trained counselor for common problems.</source>
        <translation type="unfinished">Обученный консультант поможет с частыми трудностями.</translation>
    </message>
    <message>
        <source>Lactation consultant (IBCLC)</source>
        <translation type="unfinished">Специалист по лактации (IBCLC)</translation>
    </message>
    <message>
        <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
        <translation type="unfinished">Медицинский специалист для более сложных случаев: боль, мало молока, набор веса у малыша, недоношенные дети. Спросите своего врача или в больнице, где вы рожали.</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">Врач</translation>
    </message>
    <message>
        <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
        <translation type="unfinished">Педиатр или акушер-гинеколог: медицинские проблемы, температура, малыш не ест, а также всё срочное.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished">Кто может помочь</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Tell me when it&apos;s free</source>
        <translation type="unfinished">Сообщить, когда освободится</translation>
    </message>
    <message>
        <source>Get a number</source>
        <translation type="unfinished">Взять номерок</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Где:</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation type="unfinished">Как войти:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished">Открыто:</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished">Доступность:</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Комната для кормления</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">Организатор:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">Языки:</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished">Для кого:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Цена:</translation>
    </message>
    <message>
        <source>How to get it:</source>
        <translation type="unfinished">Как получить:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished">Квалификация:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Где:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished">Сайт:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">E-mail:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Отправить на телефон</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished">Круглосуточно</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation type="unfinished">Сейчас открыто, до %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished">Сейчас закрыто</translation>
    </message>
    <message>
        <source>Closed now, opens %1 %2</source>
        <translation type="unfinished">Сейчас закрыто. Откроется: %1, %2</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"> доб. %1</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read-aloud controls</source>
        <translation type="unfinished">Управление чтением вслух</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">Предыдущий пункт</translation>
    </message>
    <message>
        <source>Repeat the last item</source>
        <translation type="unfinished">Повторить последний пункт</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished">Следующий пункт</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <source>At least one section stays on the home screen.</source>
        <translation type="unfinished">Хотя бы один раздел должен остаться на начальном экране.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1, версия %2</translation>
    </message>
    <message>
        <source>This kiosk has no content feed configured.</source>
        <translation type="unfinished">Для этого киоска не настроен источник контента.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished">Проверка обновлений…</translation>
    </message>
    <message>
        <source>An update check is running; try again in a minute.</source>
        <translation type="unfinished">Идёт проверка обновлений; повторите через минуту.</translation>
    </message>
    <message>
        <source>The previous pack does not load; nothing was changed.</source>
        <translation type="unfinished">Предыдущий пакет не загружается; ничего не изменено.</translation>
    </message>
    <message>
        <source>Rolled back to feed version %1.</source>
        <translation type="unfinished">Выполнен откат к версии источника %1.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">Панель персонала</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Закрыть</translation>
    </message>
    <message>
        <source>Lactation rooms</source>
        <translation type="unfinished">Комнаты для кормления</translation>
    </message>
    <message>
        <source>Clear the waitlist (%1)</source>
        <translation type="unfinished">Очистить очередь (%1)</translation>
    </message>
    <message>
        <source>Sections on the home screen</source>
        <translation type="unfinished">Разделы на начальном экране</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished">Контент</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished">Пакет:</translation>
    </message>
    <message>
        <source>Feed version:</source>
        <translation type="unfinished">Версия источника:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished">Проверено:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished">Последняя ошибка:</translation>
    </message>
    <message>
        <source>Signed metadata expires:</source>
        <translation type="unfinished">Подпись метаданных до:</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished">Проверить обновления</translation>
    </message>
    <message>
        <source>Roll back to the previous pack</source>
        <translation type="unfinished">Вернуться к предыдущему пакету</translation>
    </message>
    <message>
        <source>Starting over</source>
        <translation type="unfinished">Возврат к началу</translation>
    </message>
    <message>
        <source>The screen starts over after %1 s without a touch.</source>
        <translation type="unfinished">Экран возвращается к началу через %1 с без касаний.</translation>
    </message>
    <message>
        <source>15 s shorter</source>
        <translation type="unfinished">На 15 с меньше</translation>
    </message>
    <message>
        <source>15 s longer</source>
        <translation type="unfinished">На 15 с больше</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished">Выйти из киоска</translation>
    </message>
    <message>
        <source>Words not yet reviewed by a person:</source>
        <translation type="unfinished">Слова, ещё не проверенные человеком:</translation>
    </message>
    <message>
        <source>No words of their own (shown in the default language):</source>
        <translation type="unfinished">Нет своих слов (показаны на основном языке):</translation>
    </message>
</context>
<context>
    <name>TakeAwayScreen</name>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Отправить на телефон</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code. Each holds only what is written under it – nothing about you.</source>
        <translation type="unfinished">Наведите камеру телефона на код. В каждом коде – только то, что написано под ним, и ничего о вас.</translation>
    </message>
    <message>
        <source>There is nothing to send for this item.</source>
        <translation type="unfinished">Для этого пункта нечего отправлять.</translation>
    </message>
</context>
<context>
    <name>TakeAwaySheet</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">Позвонить</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation type="unfinished">Отправить SMS</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished">Сохранить контакт</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation type="unfinished">Добавить в календарь</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation type="unfinished">Войти онлайн</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished">Открыть сайт</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Ваш визит</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Узнать</translation>
    </message>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">Группы поддержки и занятия</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Помощь</translation>
    </message>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Комната для кормления</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Ваш визит</translation>
    </message>
    <message>
        <source>Feeding, pumping, storing milk, your rights</source>
        <translation type="unfinished">Кормление, сцеживание, хранение молока, ваши права</translation>
    </message>
    <message>
        <source>Meet other mothers near you</source>
        <translation type="unfinished">Познакомьтесь с другими мамами рядом</translation>
    </message>
    <message>
        <source>Counselors, consultants and helplines</source>
        <translation type="unfinished">Консультанты и горячие линии</translation>
    </message>
    <message>
        <source>A private place to feed or pump</source>
        <translation type="unfinished">Уединённое место, чтобы покормить или сцедиться</translation>
    </message>
    <message>
        <source>Pumping or feeding while you are here</source>
        <translation type="unfinished">Сцедиться или покормить, пока вы здесь</translation>
    </message>
    <message>
        <source>Comfortable seat</source>
        <translation type="unfinished">Удобное кресло</translation>
    </message>
    <message>
        <source>Power outlet</source>
        <translation type="unfinished">Розетка</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished">Раковина</translation>
    </message>
    <message>
        <source>Fridge for milk</source>
        <translation type="unfinished">Холодильник для молока</translation>
    </message>
    <message>
        <source>Hospital-grade pump</source>
        <translation type="unfinished">Больничный молокоотсос</translation>
    </message>
    <message>
        <source>Door that locks</source>
        <translation type="unfinished">Дверь с замком</translation>
    </message>
    <message>
        <source>Changing table</source>
        <translation type="unfinished">Пеленальный столик</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished">Для инвалидной коляски</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished">Регулируемый свет</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished">Питьевая вода</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished">Стол</translation>
    </message>
    <message>
        <source>Nursing pillow</source>
        <translation type="unfinished">Подушка для кормления</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">Свободна</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished">Занята</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation type="unfinished">Идёт уборка</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Закрыта</translation>
    </message>
    <message>
        <source>Status not available – ask the front desk</source>
        <translation type="unfinished">Статус неизвестен – спросите в регистратуре</translation>
    </message>
    <message>
        <source>The room is free now</source>
        <translation type="unfinished">Комната сейчас свободна</translation>
    </message>
    <message>
        <source>The room is in use now</source>
        <translation type="unfinished">Комната сейчас занята</translation>
    </message>
    <message>
        <source>The room is being cleaned</source>
        <translation type="unfinished">В комнате идёт уборка</translation>
    </message>
    <message>
        <source>The room is closed now</source>
        <translation type="unfinished">Комната сейчас закрыта</translation>
    </message>
    <message>
        <source>No room is free right now</source>
        <translation type="unfinished">Сейчас нет свободных комнат</translation>
    </message>
    <message numerus="yes">
        <source>All %n rooms are free</source>
        <translation type="unfinished">
            <numerusform>Свободны все комнаты: %n</numerusform>
            <numerusform>Все %n комнаты свободны</numerusform>
            <numerusform>Все %n комнат свободны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rooms free</source>
        <extracomment>%1 the rooms free, %n all the rooms</extracomment>
        <translation type="unfinished">
            <numerusform>Свободно %1 из %n комнаты</numerusform>
            <numerusform>Свободно %1 из %n комнат</numerusform>
            <numerusform>Свободно %1 из %n комнат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n min so far</source>
        <translation type="unfinished">
            <numerusform>уже %n мин</numerusform>
            <numerusform>уже %n мин</numerusform>
            <numerusform>уже %n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually free within ~%n min</source>
        <translation type="unfinished">
            <numerusform>обычно освобождается через ~%n мин</numerusform>
            <numerusform>обычно освобождается через ~%n мин</numerusform>
            <numerusform>обычно освобождается через ~%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting</source>
        <translation type="unfinished">
            <numerusform>В очереди %n человек</numerusform>
            <numerusform>В очереди %n человека</numerusform>
            <numerusform>В очереди %n человек</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number is %1. Watch the top of this screen: %1 shows there when the room is free.</source>
        <translation type="unfinished">Ваш номерок – %1. Следите за верхом этого экрана: когда комната освободится, там появится %1.</translation>
    </message>
    <message>
        <source>Now calling %1</source>
        <translation type="unfinished">Приглашаем: %1</translation>
    </message>
    <message>
        <source>%1 – %2 is free</source>
        <translation type="unfinished">%1 – %2: можно заходить</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">Английский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">Испанский</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished">На этой неделе</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">Позже</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">Начало</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished">Слушать</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished">Предыдущее</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished">Повтор</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Далее</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation type="unfinished">Тише</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Громче</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Размер текста</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Высокий контраст</translation>
    </message>
    <message>
        <source>Next group or class</source>
        <translation type="unfinished">Ближайшая группа или занятие</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished">Коснитесь экрана, чтобы начать</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation type="unfinished">
            <numerusform>Чтобы никто не увидел, что вы смотрели, экран вернётся к началу через %n секунду.</numerusform>
            <numerusform>Чтобы никто не увидел, что вы смотрели, экран вернётся к началу через %n секунды.</numerusform>
            <numerusform>Чтобы никто не увидел, что вы смотрели, экран вернётся к началу через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation type="unfinished">Выбрать язык</translation>
    </message>
    <message>
        <source>Language help</source>
        <translation type="unfinished">Языковая помощь</translation>
    </message>
    <message>
        <source>Free help in your language</source>
        <translation type="unfinished">Бесплатная помощь на вашем языке</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>said after a control&apos;s name when the keypad reaches it</extracomment>
        <translation type="unfinished">кнопка</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">заголовок</translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished">картинка</translation>
    </message>
    <message>
        <source>selected</source>
        <extracomment>the language or choice now shown</extracomment>
        <translation type="unfinished">выбрано</translation>
    </message>
    <message>
        <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
        <translation type="unfinished">Чтение вслух включено. Этот киоск расскажет вам о помощи с кормлением грудью и сцеживанием молока.</translation>
    </message>
    <message>
        <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
        <extracomment>the EZ Access keys: two arrows, a round Select key, Back and Help</extracomment>
        <translation type="unfinished">Нажмите стрелку вниз, чтобы услышать следующий пункт, или стрелку вверх, чтобы услышать предыдущий. Нажмите круглую кнопку «Выбор», чтобы выбрать пункт. Кнопка «Назад» вернёт вас на шаг назад, а кнопка «Помощь» повторит эти слова. Кнопки «плюс» и «минус» делают звук громче и тише. Кнопка со звёздочкой выключает и включает экран.</translation>
    </message>
    <message>
        <source>The screen is off. Speech goes on.</source>
        <translation type="unfinished">Экран выключен. Чтение вслух продолжается.</translation>
    </message>
    <message>
        <source>The screen is on.</source>
        <translation type="unfinished">Экран включён.</translation>
    </message>
    <message>
        <source>Press any key for more time.</source>
        <translation type="unfinished">Нажмите любую кнопку, если вам нужно больше времени.</translation>
    </message>
</context>
</TS>
