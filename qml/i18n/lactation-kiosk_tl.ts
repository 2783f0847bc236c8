<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
<context>
    <name>ArticleBody</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Pinagkunan</translation>
    </message>
    <message>
        <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
        <translation type="unfinished">Impormasyon lamang ito, hindi payong medikal. Magtanong po sa inyong doktor, nurse o lactation consultant. Kung may emergency, tumawag sa 911.</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Alamin</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Ipadala sa phone ko</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>This kiosk can read the screen aloud: tap Listen.</source>
        <translation type="unfinished">Kayang basahin nang malakas ng kiosk na ito ang screen: pindutin ang Makinig.</translation>
    </message>
    <message>
        <source>Listen: start and read the home screen aloud</source>
        <translation type="unfinished">Makinig: magsimula at basahin nang malakas ang unang screen</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo content – your site&apos;s pack replaces it</source>
        <translation type="unfinished">Halimbawang nilalaman – papalitan ito ng pack ng inyong site</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation type="unfinished">ngayong araw</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished">bukas</translation>
    </message>
</context>
<context>
    <name>GroupFilters</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Wika</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished">Kahit anong wika</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Saan</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">Kahit saan</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">Harapan</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Online</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">Mga support group at klase</translation>
    </message>
    <message>
        <source>No groups or classes match. Try another filter.</source>
        <translation type="unfinished">Walang tugmang grupo o klase. Subukan po ang ibang filter.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Tulong</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation type="unfinished">Tumawag para sa tulong</translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished">Tulong na malapit sa inyo</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Nandito pa ako</translation>
    </message>
</context>
<context>
    <name>LanguagesScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Wika</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Alamin</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Staff: hold for 5 seconds</source>
        <translation type="unfinished">Staff: diinan nang 5 segundo</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Ihinto</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Nagsisimula…</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation type="unfinished">Walang boses</translation>
    </message>
    <message>
        <source>Listen: read-aloud is starting…</source>
        <translation type="unfinished">Makinig: nagsisimula na ang pagbasa nang malakas…</translation>
    </message>
    <message>
        <source>Read-aloud is not available</source>
        <translation type="unfinished">Hindi magagamit ang pagbasa nang malakas</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished">Ihinto ang pagbasa nang malakas</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation type="unfinished">Makinig: basahin nang malakas ang screen na ito</translation>
    </message>
    <message>
        <source>Text size: normal. Tap for larger text</source>
        <translation type="unfinished">Laki ng letra: karaniwan. Pindutin para sa mas malaking letra</translation>
    </message>
    <message>
        <source>Text size: large. Tap for the largest text</source>
        <translation type="unfinished">Laki ng letra: malaki. Pindutin para sa pinakamalaking letra</translation>
    </message>
    <message>
        <source>Text size: largest. Tap for normal text</source>
        <translation type="unfinished">Laki ng letra: pinakamalaki. Pindutin para sa karaniwang letra</translation>
    </message>
    <message>
        <source>High contrast: on. Tap for normal contrast</source>
        <translation type="unfinished">Mataas na contrast: naka-on. Pindutin para sa karaniwang contrast</translation>
    </message>
    <message>
        <source>High contrast: off. Tap to turn it on</source>
        <translation type="unfinished">Mataas na contrast: naka-off. Pindutin para i-on</translation>
    </message>
    <message>
        <source>Move the screen back up</source>
        <translation type="unfinished">Ibalik pataas ang screen</translation>
    </message>
    <message>
        <source>Move the screen down, within reach</source>
        <translation type="unfinished">Ibaba ang screen para maabot ninyo</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished">Palitan ang wika sa %1</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Kanselado</translation>
    </message>
    <message>
        <source>CANCELLED – this meeting will not take place</source>
        <translation type="unfinished">KANSELADO – hindi matutuloy ang pagkikitang ito</translation>
    </message>
    <message>
        <source>Changed time or place</source>
        <translation type="unfinished">Nagbago ang oras o lugar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Online</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Wika:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">Pinapatakbo ng:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Bayad:</translation>
    </message>
    <message>
        <source>Join online:</source>
        <translation type="unfinished">Sumali online:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Ipadala sa phone ko</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished">Maling PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation type="unfinished">Masyadong maraming maling PIN. Subukan ulit pagkalipas ng %1 min.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
        <translation type="unfinished">Walang nakatakdang staff PIN sa kiosk na ito (lactation-kiosk --set-pin).</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN ng staff</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation type="unfinished">%1 digit ang na-type</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Burahin</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Kanselahin</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Touch the screen to keep your visit.</source>
        <translation type="unfinished">Pindutin po ang screen para magpatuloy.</translation>
    </message>
</context>
<context>
    <name>ReadingScript</name>
    <message>
        <source>Buttons: %1. While reading: %2</source>
        <extracomment>The last line of every screen&apos;s read-aloud script: %1 the bar&apos;s buttons, %2 the speech bar&apos;s.</extracomment>
        <translation type="unfinished">Mga button: %1. Habang nagbabasa: %2</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished">Mga seksiyon: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Kanselado</translation>
    </message>
</context>
<context>
    <name>ReferralLadder</name>
    <message>
        <source>Peer counselor</source>
        <translation type="unfinished">Peer counselor</translation>
    </message>
    <message>
        <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
        <translation type="unfinished">Isang inang sinanay para tumulong sa ibang ina, sa pamamagitan ng WIC o La Leche League. Para sa mga pang-araw-araw na tanong at pagpapalakas ng loob.</translation>
    </message>
    <message>
        <source>Lactation counselor (CLC)</source>
        <translation type="unfinished">Lactation counselor (CLC)</translation>
    </message>
    <message>
        <source>A trained counselor for common problems.</source>
        <translation type="unfinished">Isang sinanay na tagapayo para sa mga karaniwang problema.</translation>
    </message>
    <message>
        <source>Lactation consultant (IBCLC)</source>
        <translation type="unfinished">Lactation consultant (IBCLC)</translation>
    </message>
    <message>
        <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
        <translation type="unfinished">Ang klinikal na eksperto para sa mas mahihirap na problema: pananakit, kaunting gatas, timbang ng sanggol, mga premature na sanggol. Magtanong po sa inyong doktor o sa ospital kung saan kayo nanganak.</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">Doktor</translation>
    </message>
    <message>
        <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
        <translation type="unfinished">Pediatrician o OB: mga problemang medikal, lagnat, sanggol na hindi dumedede, at anumang kailangang maasikaso agad.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished">Sino ang makakatulong</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Tell me when it&apos;s free</source>
        <translation type="unfinished">Sabihan ako kapag bakante na</translation>
    </message>
    <message>
        <source>Get a number</source>
        <translation type="unfinished">Kumuha ng numero</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Saan:</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation type="unfinished">Paano pumasok:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished">Oras:</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished">Para sa may kapansanan:</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Lactation room</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">Pinapatakbo ng:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">Mga wika:</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished">Sino ang puwede:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Bayad:</translation>
    </message>
    <message>
        <source>How to get it:</source>
        <translation type="unfinished">Paano makukuha:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished">Mga kredensyal:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Saan:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished">Website:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">Email:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Ipadala sa phone ko</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished">Bukas nang 24 oras</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation type="unfinished">Bukas ngayon, hanggang %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished">Sarado ngayon</translation>
    </message>
    <message>
        <source>Closed now, opens %1 %2</source>
        <translation type="unfinished">Sarado ngayon; magbubukas %1 nang %2</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"> ext. %1</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read-aloud controls</source>
        <translation type="unfinished">Mga kontrol ng pagbasa nang malakas</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">Nakaraang bahagi</translation>
    </message>
    <message>
        <source>Repeat the last item</source>
        <translation type="unfinished">Ulitin ang huling bahagi</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished">Susunod na bahagi</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <source>At least one section stays on the home screen.</source>
        <translation type="unfinished">Kailangang may kahit isang seksiyon sa unang screen.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1, bersyon %2</translation>
    </message>
    <message>
        <source>This kiosk has no content feed configured.</source>
        <translation type="unfinished">Walang naka-configure na content feed ang kiosk na ito.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished">Naghahanap ng mga update…</translation>
    </message>
    <message>
        <source>An update check is running; try again in a minute.</source>
        <translation type="unfinished">May kasalukuyang pag-check ng update; subukan ulit pagkalipas ng isang minuto.</translation>
    </message>
    <message>
        <source>The previous pack does not load; nothing was changed.</source>
        <translation type="unfinished">Hindi ma-load ang naunang pack; walang binago.</translation>
    </message>
    <message>
        <source>Rolled back to feed version %1.</source>
        <translation type="unfinished">Ibinalik sa bersyon %1 ng feed.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">Panel ng staff</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Isara</translation>
    </message>
    <message>
        <source>Lactation rooms</source>
        <translation type="unfinished">Mga lactation room</translation>
    </message>
    <message>
        <source>Clear the waitlist (%1)</source>
        <translation type="unfinished">Burahin ang listahan ng naghihintay (%1)</translation>
    </message>
    <message>
        <source>Sections on the home screen</source>
        <translation type="unfinished">Mga seksiyon sa unang screen</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished">Nilalaman</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished">Pack:</translation>
    </message>
    <message>
        <source>Feed version:</source>
        <translation type="unfinished">Bersyon ng feed:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished">Huling pag-check:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished">Huling error:</translation>
    </message>
    <message>
        <source>Signed metadata expires:</source>
        <translation type="unfinished">Mag-e-expire ang signed metadata:</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished">Maghanap ng update ngayon</translation>
    </message>
    <message>
        <source>Roll back to the previous pack</source>
        <translation type="unfinished">Ibalik sa naunang pack</translation>
    </message>
    <message>
        <source>Starting over</source>
        <translation type="unfinished">Pagsisimula ulit</translation>
    </message>
    <message>
        <source>The screen starts over after %1 s without a touch.</source>
        <translation type="unfinished">Magsisimula ulit ang screen pagkalipas ng %1 s na walang pumipindot.</translation>
    </message>
    <message>
        <source>15 s shorter</source>
        <translation type="unfinished">Bawasan ng 15 s</translation>
    </message>
    <message>
        <source>15 s longer</source>
        <translation type="unfinished">Dagdagan ng 15 s</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished">Lumabas sa kiosk</translation>
    </message>
    <message>
        <source>Words not yet reviewed by a person:</source>
        <translation type="unfinished">Mga salitang hindi pa nasusuri ng tao:</translation>
    </message>
    <message>
        <source>No words of their own (shown in the default language):</source>
        <translation type="unfinished">Walang sariling salita (ipinapakita sa default na wika):</translation>
    </message>
</context>
<context>
    <name>TakeAwayScreen</name>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Ipadala sa phone ko</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code. Each holds only what is written under it – nothing about you.</source>
        <translation type="unfinished">Itapat po ang camera ng inyong phone sa isang code. Ang laman ng bawat code ay ang nakasulat lamang sa ilalim nito – walang tungkol sa inyo.</translation>
    </message>
    <message>
        <source>There is nothing to send for this item.</source>
        <translation type="unfinished">Walang maipapadala para rito.</translation>
    </message>
</context>
<context>
    <name>TakeAwaySheet</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">Tumawag</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation type="unfinished">Mag-text</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished">I-save ang contact</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation type="unfinished">Idagdag sa kalendaryo</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation type="unfinished">Sumali online</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished">Buksan ang web page</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Inyong pagbisita</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Alamin</translation>
    </message>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">Mga support group at klase</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Tulong</translation>
    </message>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Lactation room</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Inyong pagbisita</translation>
    </message>
    <message>
        <source>Feeding, pumping, storing milk, your rights</source>
        <translation type="unfinished">Pagpapasuso, pag-pump, pag-iimbak ng gatas, inyong mga karapatan</translation>
    </message>
    <message>
        <source>Meet other mothers near you</source>
        <translation type="unfinished">Makilala ang ibang ina na malapit sa inyo</translation>
    </message>
    <message>
        <source>Counselors, consultants and helplines</source>
        <translation type="unfinished">Mga counselor, consultant at helpline</translation>
    </message>
    <message>
        <source>A private place to feed or pump</source>
        <translation type="unfinished">Pribadong lugar para magpasuso o mag-pump</translation>
    </message>
    <message>
        <source>Pumping or feeding while you are here</source>
        <translation type="unfinished">Pag-pump o pagpapasuso habang nandito kayo</translation>
    </message>
    <message>
        <source>Comfortable seat</source>
        <translation type="unfinished">Komportableng upuan</translation>
    </message>
    <message>
        <source>Power outlet</source>
        <translation type="unfinished">Saksakan ng kuryente</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished">Lababo</translation>
    </message>
    <message>
        <source>Fridge for milk</source>
        <translation type="unfinished">Ref para sa gatas</translation>
    </message>
    <message>
        <source>Hospital-grade pump</source>
        <translation type="unfinished">Hospital-grade na pump</translation>
    </message>
    <message>
        <source>Door that locks</source>
        <translation type="unfinished">Pintong may kandado</translation>
    </message>
    <message>
        <source>Changing table</source>
        <translation type="unfinished">Palitan ng diaper</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished">Puwede sa wheelchair</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished">Ilaw na napapahina</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished">Inuming tubig</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished">Mesa</translation>
    </message>
    <message>
        <source>Nursing pillow</source>
        <translation type="unfinished">Unan sa pagpapasuso</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">Bakante</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished">Ginagamit</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation type="unfinished">Nililinis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Sarado</translation>
    </message>
    <message>
        <source>Status not available – ask the front desk</source>
        <translation type="unfinished">Hindi alam ang status – magtanong po sa front desk</translation>
    </message>
    <message>
        <source>The room is free now</source>
        <translation type="unfinished">Bakante na ang kuwarto</translation>
    </message>
    <message>
        <source>The room is in use now</source>
        <translation type="unfinished">May gumagamit ng kuwarto ngayon</translation>
    </message>
    <message>
        <source>The room is being cleaned</source>
        <translation type="unfinished">Nililinis ang kuwarto</translation>
    </message>
    <message>
        <source>The room is closed now</source>
        <translation type="unfinished">Sarado ang kuwarto ngayon</translation>
    </message>
    <message>
        <source>No room is free right now</source>
        <translation type="unfinished">Walang bakanteng kuwarto ngayon</translation>
    </message>
    <message numerus="yes">
        <source>All %n rooms are free</source>
        <translation type="unfinished">
            <numerusform>Bakante ang lahat ng %n kuwarto</numerusform>
            <numerusform>Bakante ang lahat ng %n kuwarto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rooms free</source>
        <extracomment>%1 the rooms free, %n all the rooms</extracomment>
        <translation type="unfinished">
            <numerusform>%1 sa %n kuwarto ang bakante</numerusform>
            <numerusform>%1 sa %n kuwarto ang bakante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n min so far</source>
        <translation type="unfinished">
            <numerusform>%n min na</numerusform>
            <numerusform>%n min na</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually free within ~%n min</source>
        <translation type="unfinished">
            <numerusform>karaniwang nababakante sa loob ng ~%n min</numerusform>
            <numerusform>karaniwang nababakante sa loob ng ~%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting</source>
        <translation type="unfinished">
            <numerusform>%n tao ang naghihintay</numerusform>
            <numerusform>%n tao ang naghihintay</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number is %1. Watch the top of this screen: %1 shows there when the room is free.</source>
        <translation type="unfinished">Ang numero ninyo ay %1. Tingnan po ang itaas ng screen na ito: lalabas doon ang %1 kapag bakante na ang kuwarto.</translation>
    </message>
    <message>
        <source>Now calling %1</source>
        <translation type="unfinished">Tinatawag na ang %1</translation>
    </message>
    <message>
        <source>%1 – %2 is free</source>
        <translation type="unfinished">%1 – bakante na ang %2</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">Ingles</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">Espanyol</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Ngayong araw</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished">Ngayong linggo</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">Sa susunod</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Balik</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">Simula</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished">Makinig</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished">Nakaraan</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished">Ulitin</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Susunod</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation type="unfinished">Hinaan</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Lakasan</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Laki ng letra</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Mataas na contrast</translation>
    </message>
    <message>
        <source>Next group or class</source>
        <translation type="unfinished">Susunod na grupo o klase</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished">Pindutin ang screen para magsimula</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Nandiyan pa po ba kayo?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation type="unfinished">
            <numerusform>Para manatiling pribado ang inyong pagbisita, magsisimula ulit ang screen na ito sa loob ng %n segundo.</numerusform>
            <numerusform>Para manatiling pribado ang inyong pagbisita, magsisimula ulit ang screen na ito sa loob ng %n segundo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation type="unfinished">Pumili ng wika</translation>
    </message>
    <message>
        <source>Language help</source>
        <translation type="unfinished">Tulong sa wika</translation>
    </message>
    <message>
        <source>Free help in your language</source>
        <translation type="unfinished">Libreng tulong sa inyong wika</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>said after a control&apos;s name when the keypad reaches it</extracomment>
        <translation type="unfinished">button</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">pamagat</translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished">larawan</translation>
    </message>
    <message>
        <source>selected</source>
        <extracomment>the language or choice now shown</extracomment>
        <translation type="unfinished">napili</translation>
    </message>
    <message>
        <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
        <translation type="unfinished">Naka-on na po ang boses. Sasabihin po sa inyo ng kiosk na ito kung saan may tulong sa pagpapasuso at pag-pump.</translation>
    </message>
    <message>
        <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
        <extracomment>the EZ Access keys: two arrows, a round Select key, Back and Help</extracomment>
        <translation type="unfinished">Pindutin po ang arrow na pababa para marinig ang susunod, at ang arrow na pataas para marinig ang nauna. Pindutin ang Select para piliin ito, ang Back para bumalik, at ang Help para marinig ulit ito. Pindutin ang plus para lakasan ang tunog, at ang minus para hinaan. Pindutin ang star para patayin o buksan ang screen.</translation>
    </message>
    <message>
        <source>The screen is off. Speech goes on.</source>
        <translation type="unfinished">Naka-off na po ang screen. Tuloy pa rin ang boses.</translation>
    </message>
    <message>
        <source>The screen is on.</source>
        <translation type="unfinished">Naka-on na po ang screen.</translation>
    </message>
    <message>
        <source>Press any key for more time.</source>
        <translation type="unfinished">Pumindot po ng kahit anong button para sa dagdag na oras.</translation>
    </message>
</context>
</TS>
