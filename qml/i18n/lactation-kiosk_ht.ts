<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
    <context>
        <name>ArticleBody</name>
        <message>
            <source>Sources</source>
            <translation type="unfinished">Sous</translation>
        </message>
        <message>
            <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
            <translation type="unfinished">Se enfòmasyon sèlman, se pa konsèy medikal. Mande doktè w, enfimyè w oswa konsiltan pou bay tete a. Si gen yon ijans, rele 911.</translation>
        </message>
    </context>
    <context>
        <name>ArticleScreen</name>
        <message>
            <source>Learn</source>
            <translation type="unfinished">Aprann</translation>
        </message>
        <message>
            <source>Send to my phone</source>
            <translation type="unfinished">Voye sou telefòn mwen</translation>
        </message>
    </context>
    <context>
        <name>AttractScreen</name>
        <message>
            <source>This kiosk can read the screen aloud: tap Listen.</source>
            <translation type="unfinished">Aparèy sa a ka li ekran an fò pou ou: touche Koute.</translation>
        </message>
        <message>
            <source>Listen: start and read the home screen aloud</source>
            <translation type="unfinished">Koute: kòmanse epi li ekran dakèy la fò</translation>
        </message>
    </context>
    <context>
        <name>DemoBanner</name>
        <message>
            <source>Demo content – your site's pack replaces it</source>
            <translation type="unfinished">Kontni egzanp – kontni sant ou a ap ranplase l</translation>
        </message>
    </context>
    <context>
        <name>DisplayText</name>
        <message>
            <source>today</source>
            <translation type="unfinished">jodi a</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation type="unfinished">demen</translation>
        </message>
    </context>
    <context>
        <name>GroupFilters</name>
        <message>
            <source>Language</source>
            <translation type="unfinished">Lang</translation>
        </message>
        <message>
            <source>Any language</source>
            <translation type="unfinished">Nenpòt lang</translation>
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished">Ki kote</translation>
        </message>
        <message>
            <source>Anywhere</source>
            <translation type="unfinished">Nenpòt kote</translation>
        </message>
        <message>
            <source>In person</source>
            <translation type="unfinished">An pèsòn</translation>
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished">An liy</translation>
        </message>
    </context>
    <context>
        <name>GroupsScreen</name>
        <message>
            <source>Support groups &amp; classes</source>
            <translation type="unfinished">Gwoup sipò ak klas</translation>
        </message>
        <message>
            <source>No groups or classes match. Try another filter.</source>
            <translation type="unfinished">Pa gen gwoup ni klas pou chwa sa a. Eseye yon lòt chwa.</translation>
        </message>
    </context>
    <context>
        <name>HelpScreen</name>
        <message>
            <source>Get help</source>
            <translation type="unfinished">Jwenn èd</translation>
        </message>
        <message>
            <source>Call for help</source>
            <translation type="unfinished">Rele pou jwenn èd</translation>
        </message>
        <message>
            <source>Help near you</source>
            <translation type="unfinished">Èd toupre ou</translation>
        </message>
    </context>
    <context>
        <name>IdleWarning</name>
        <message>
            <source>I'm still here</source>
            <translation type="unfinished">Mwen la toujou</translation>
        </message>
    </context>
    <context>
        <name>LanguagesScreen</name>
        <message>
            <source>Language</source>
            <translation type="unfinished">Lang</translation>
        </message>
    </context>
    <context>
        <name>LearnScreen</name>
        <message>
            <source>Learn</source>
            <translation type="unfinished">Aprann</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Staff: hold for 5 seconds</source>
            <translation type="unfinished">Pèsonèl: kenbe l 5 segonn</translation>
        </message>
    </context>
    <context>
        <name>NavBar</name>
        <message>
            <source>Stop</source>
            <translation type="unfinished">Kanpe</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished">Ap kòmanse…</translation>
        </message>
        <message>
            <source>No speech</source>
            <translation type="unfinished">Pa gen vwa</translation>
        </message>
        <message>
            <source>Listen: read-aloud is starting…</source>
            <translation type="unfinished">Koute: lekti ak vwa ap kòmanse…</translation>
        </message>
        <message>
            <source>Read-aloud is not available</source>
            <translation type="unfinished">Lekti ak vwa pa disponib</translation>
        </message>
        <message>
            <source>Stop reading aloud</source>
            <translation type="unfinished">Sispann li fò</translation>
        </message>
        <message>
            <source>Listen: read this screen aloud</source>
            <translation type="unfinished">Koute: li ekran sa a fò</translation>
        </message>
        <message>
            <source>Text size: normal. Tap for larger text</source>
            <translation type="unfinished">Gwosè tèks: nòmal. Touche pou tèks pi gwo</translation>
        </message>
        <message>
            <source>Text size: large. Tap for the largest text</source>
            <translation type="unfinished">Gwosè tèks: gwo. Touche pou tèks ki pi gwo a</translation>
        </message>
        <message>
            <source>Text size: largest. Tap for normal text</source>
            <translation type="unfinished">Gwosè tèks: pi gwo a. Touche pou tèks nòmal</translation>
        </message>
        <message>
            <source>High contrast: on. Tap for normal contrast</source>
            <translation type="unfinished">Kontras fò: aktive. Touche pou kontras nòmal</translation>
        </message>
        <message>
            <source>High contrast: off. Tap to turn it on</source>
            <translation type="unfinished">Kontras fò: dezaktive. Touche pou aktive l</translation>
        </message>
        <message>
            <source>Move the screen back up</source>
            <translation type="unfinished">Remonte ekran an</translation>
        </message>
        <message>
            <source>Move the screen down, within reach</source>
            <translation type="unfinished">Desann ekran an pou w ka rive sou li</translation>
        </message>
        <message>
            <source>Switch language to %1</source>
            <translation type="unfinished">Chanje lang nan pou %1</translation>
        </message>
    </context>
    <context>
        <name>OccurrenceCard</name>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished">Anile</translation>
        </message>
        <message>
            <source>CANCELLED – this meeting will not take place</source>
            <translation type="unfinished">ANILE – reyinyon sa a p ap fèt</translation>
        </message>
        <message>
            <source>Changed time or place</source>
            <translation type="unfinished">Lè oswa kote a chanje</translation>
        </message>
        <message>
            <source>Online</source>
            <translation type="unfinished">An liy</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation type="unfinished">Lang:</translation>
        </message>
        <message>
            <source>Run by:</source>
            <translation type="unfinished">Responsab:</translation>
        </message>
        <message>
            <source>Cost:</source>
            <translation type="unfinished">Pri:</translation>
        </message>
        <message>
            <source>Join online:</source>
            <translation type="unfinished">Antre an liy:</translation>
        </message>
        <message>
            <source>Send to my phone</source>
            <translation type="unfinished">Voye sou telefòn mwen</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <source>Wrong PIN.</source>
            <translation type="unfinished">PIN lan pa bon.</translation>
        </message>
        <message>
            <source>Too many wrong PINs. Try again in %1 min.</source>
            <translation type="unfinished">Twòp PIN ki pa bon. Eseye ankò nan %1 min.</translation>
        </message>
        <message>
            <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
            <translation type="unfinished">Pa gen PIN pèsonèl sou kyòs sa a (lactation-kiosk --set-pin).</translation>
        </message>
        <message>
            <source>Staff PIN</source>
            <translation type="unfinished">PIN pèsonèl</translation>
        </message>
        <message>
            <source>%1 digits typed</source>
            <translation type="unfinished">%1 chif tape</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished">Efase</translation>
        </message>
        <message>
            <source>OK</source>
            <translation type="unfinished">OK</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished">Anile</translation>
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>Touch the screen to keep your visit.</source>
            <translation type="unfinished">Touche ekran an pou w kontinye vizit ou.</translation>
        </message>
    </context>
    <context>
        <name>ReadingScript</name>
        <message>
            <source>Buttons: %1. While reading: %2</source>
            <extracomment>The last line of every screen's read-aloud script: %1 the bar's buttons, %2 the speech bar's.</extracomment>
            <translation type="unfinished">Bouton: %1. Pandan lekti a: %2</translation>
        </message>
        <message>
            <source>Sections: %1</source>
            <translation type="unfinished">Seksyon: %1</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished">Anile</translation>
        </message>
    </context>
    <context>
        <name>ReferralLadder</name>
        <message>
            <source>Peer counselor</source>
            <translation type="unfinished">Manman konseye</translation>
        </message>
        <message>
            <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
            <translation type="unfinished">Yon manman ki resevwa fòmasyon pou ede lòt manman, atravè WIC oswa La Leche League. Pou kesyon chak jou ak ankourajman.</translation>
        </message>
        <message>
            <source>Lactation counselor (CLC)</source>
            <translation type="unfinished">Konseye pou bay tete (CLC)</translation>
        </message>
        <message>
            <source>A trained counselor for common problems.</source>
            <translation type="unfinished">Yon konseye ki gen fòmasyon pou pwoblèm ki pi komen yo.</translation>
        </message>
        <message>
            <source>Lactation consultant (IBCLC)</source>
            <translation type="unfinished">Konsiltan pou bay tete (IBCLC)</translation>
        </message>
        <message>
            <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
            <translation type="unfinished">Espesyalis klinik la pou pwoblèm ki pi difisil: doulè, pa ase lèt, pwa bebe a, tibebe ki fèt twò bonè. Mande doktè w oswa lopital kote ou te akouche a.</translation>
        </message>
        <message>
            <source>Doctor</source>
            <translation type="unfinished">Doktè</translation>
        </message>
        <message>
            <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
            <translation type="unfinished">Pedyat oswa obstetrisyen (OB): pwoblèm medikal, lafyèv, yon bebe ki pa manje, ak nenpòt bagay ki ijan.</translation>
        </message>
        <message>
            <source>Who can help</source>
            <translation type="unfinished">Kiyès ki ka ede w</translation>
        </message>
    </context>
    <context>
        <name>RoomCard</name>
        <message>
            <source>Tell me when it's free</source>
            <translation type="unfinished">Fè m konnen lè l lib</translation>
        </message>
        <message>
            <source>Get a number</source>
            <translation type="unfinished">Pran yon nimewo</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation type="unfinished">Ki kote:</translation>
        </message>
        <message>
            <source>How to get in:</source>
            <translation type="unfinished">Kijan pou antre:</translation>
        </message>
        <message>
            <source>Open:</source>
            <translation type="unfinished">Orè:</translation>
        </message>
        <message>
            <source>Accessibility:</source>
            <translation type="unfinished">Aksesibilite:</translation>
        </message>
    </context>
    <context>
        <name>RoomScreen</name>
        <message>
            <source>Lactation room</source>
            <translation type="unfinished">Sal pou bay tete</translation>
        </message>
    </context>
    <context>
        <name>ServiceCard</name>
        <message>
            <source>Run by:</source>
            <translation type="unfinished">Responsab:</translation>
        </message>
        <message>
            <source>Languages:</source>
            <translation type="unfinished">Lang:</translation>
        </message>
        <message>
            <source>Who can use it:</source>
            <translation type="unfinished">Pou kiyès:</translation>
        </message>
        <message>
            <source>Cost:</source>
            <translation type="unfinished">Pri:</translation>
        </message>
        <message>
            <source>How to get it:</source>
            <translation type="unfinished">Kijan pou jwenn li:</translation>
        </message>
        <message>
            <source>Credentials:</source>
            <translation type="unfinished">Sètifikasyon:</translation>
        </message>
        <message>
            <source>Where:</source>
            <translation type="unfinished">Ki kote:</translation>
        </message>
        <message>
            <source>Web:</source>
            <translation type="unfinished">Entènèt:</translation>
        </message>
        <message>
            <source>Email:</source>
            <translation type="unfinished">Imèl:</translation>
        </message>
        <message>
            <source>Send to my phone</source>
            <translation type="unfinished">Voye sou telefòn mwen</translation>
        </message>
    </context>
    <context>
        <name>ServiceModel</name>
        <message>
            <source>Open 24 hours</source>
            <translation type="unfinished">Ouvè 24 è sou 24</translation>
        </message>
        <message>
            <source>Open now, until %1</source>
            <translation type="unfinished">Ouvè kounye a, jiska %1</translation>
        </message>
        <message>
            <source>Closed now</source>
            <translation type="unfinished">Fèmen kounye a</translation>
        </message>
        <message>
            <source>Closed now, opens %1 %2</source>
            <translation type="unfinished">Fèmen; l ap louvri %1 a %2</translation>
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
            <translation type="unfinished">Kontwòl lekti ak vwa</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation type="unfinished">Eleman anvan</translation>
        </message>
        <message>
            <source>Repeat the last item</source>
            <translation type="unfinished">Repete dènye eleman an</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation type="unfinished">Eleman apre</translation>
        </message>
    </context>
    <context>
        <name>StaffConsole</name>
        <message>
            <source>At least one section stays on the home screen.</source>
            <translation type="unfinished">Omwen yon seksyon dwe rete sou ekran dakèy la.</translation>
        </message>
        <message>
            <source>%1, version %2</source>
            <translation type="unfinished">%1, vèsyon %2</translation>
        </message>
        <message>
            <source>This kiosk has no content feed configured.</source>
            <translation type="unfinished">Kyòs sa a pa gen sous kontni ki konfigire.</translation>
        </message>
        <message>
            <source>Checking for updates…</source>
            <translation type="unfinished">Ap chèche mizajou…</translation>
        </message>
        <message>
            <source>An update check is running; try again in a minute.</source>
            <translation type="unfinished">Y ap chèche mizajou deja; eseye ankò nan yon minit.</translation>
        </message>
        <message>
            <source>The previous pack does not load; nothing was changed.</source>
            <translation type="unfinished">Pake anvan an pa chaje; anyen pa chanje.</translation>
        </message>
        <message>
            <source>Rolled back to feed version %1.</source>
            <translation type="unfinished">Retounen nan vèsyon %1 sous kontni an.</translation>
        </message>
    </context>
    <context>
        <name>StaffPanel</name>
        <message>
            <source>Staff panel</source>
            <translation type="unfinished">Panno pèsonèl</translation>
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished">Fèmen</translation>
        </message>
        <message>
            <source>Lactation rooms</source>
            <translation type="unfinished">Sal pou bay tete yo</translation>
        </message>
        <message>
            <source>Clear the waitlist (%1)</source>
            <translation type="unfinished">Efase lis datant lan (%1)</translation>
        </message>
        <message>
            <source>Sections on the home screen</source>
            <translation type="unfinished">Seksyon sou ekran dakèy la</translation>
        </message>
        <message>
            <source>Content</source>
            <translation type="unfinished">Kontni</translation>
        </message>
        <message>
            <source>Pack:</source>
            <translation type="unfinished">Pake:</translation>
        </message>
        <message>
            <source>Feed version:</source>
            <translation type="unfinished">Vèsyon sous kontni:</translation>
        </message>
        <message>
            <source>Last check:</source>
            <translation type="unfinished">Dènye verifikasyon:</translation>
        </message>
        <message>
            <source>Last error:</source>
            <translation type="unfinished">Dènye erè:</translation>
        </message>
        <message>
            <source>Signed metadata expires:</source>
            <translation type="unfinished">Metadone siyen yo ekspire:</translation>
        </message>
        <message>
            <source>Check for updates now</source>
            <translation type="unfinished">Chèche mizajou kounye a</translation>
        </message>
        <message>
            <source>Roll back to the previous pack</source>
            <translation type="unfinished">Retounen nan pake anvan an</translation>
        </message>
        <message>
            <source>Starting over</source>
            <translation type="unfinished">Rekòmanse</translation>
        </message>
        <message>
            <source>The screen starts over after %1 s without a touch.</source>
            <translation type="unfinished">Ekran an rekòmanse apre %1 s si pèsonn pa touche l.</translation>
        </message>
        <message>
            <source>15 s shorter</source>
            <translation type="unfinished">15 s mwens</translation>
        </message>
        <message>
            <source>15 s longer</source>
            <translation type="unfinished">15 s anplis</translation>
        </message>
        <message>
            <source>Exit the kiosk</source>
            <translation type="unfinished">Sòti nan kyòs la</translation>
        </message>
        <message>
            <source>Words not yet reviewed by a person:</source>
            <translation type="unfinished">Mo yon moun poko revize:</translation>
        </message>
        <message>
            <source>No words of their own (shown in the default language):</source>
            <translation type="unfinished">Pa gen mo pa yo (yo parèt nan lang prensipal la):</translation>
        </message>
    </context>
    <context>
        <name>TakeAwayScreen</name>
        <message>
            <source>Send to my phone</source>
            <translation type="unfinished">Voye sou telefòn mwen</translation>
        </message>
        <message>
            <source>Point your phone's camera at a code. Each holds only what is written under it – nothing about you.</source>
            <translation type="unfinished">Mete kamera telefòn ou devan yon kòd. Chak kòd gen sèlman sa ki ekri anba l – anyen sou ou.</translation>
        </message>
        <message>
            <source>There is nothing to send for this item.</source>
            <translation type="unfinished">Pa gen anyen pou voye pou eleman sa a.</translation>
        </message>
    </context>
    <context>
        <name>TakeAwaySheet</name>
        <message>
            <source>Call</source>
            <translation type="unfinished">Rele</translation>
        </message>
        <message>
            <source>Send a text</source>
            <translation type="unfinished">Voye yon tèks</translation>
        </message>
        <message>
            <source>Save the contact</source>
            <translation type="unfinished">Anrejistre kontak la</translation>
        </message>
        <message>
            <source>Add to your calendar</source>
            <translation type="unfinished">Mete l nan kalandriye ou</translation>
        </message>
        <message>
            <source>Join online</source>
            <translation type="unfinished">Antre an liy</translation>
        </message>
        <message>
            <source>Open the web page</source>
            <translation type="unfinished">Louvri paj entènèt la</translation>
        </message>
    </context>
    <context>
        <name>VisitScreen</name>
        <message>
            <source>Your visit</source>
            <translation type="unfinished">Vizit ou</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>Learn</source>
            <translation type="unfinished">Aprann</translation>
        </message>
        <message>
            <source>Support groups &amp; classes</source>
            <translation type="unfinished">Gwoup sipò ak klas</translation>
        </message>
        <message>
            <source>Get help</source>
            <translation type="unfinished">Jwenn èd</translation>
        </message>
        <message>
            <source>Lactation room</source>
            <translation type="unfinished">Sal pou bay tete</translation>
        </message>
        <message>
            <source>Your visit</source>
            <translation type="unfinished">Vizit ou</translation>
        </message>
        <message>
            <source>Feeding, pumping, storing milk, your rights</source>
            <translation type="unfinished">Bay tete, tire lèt, konsève lèt, dwa ou yo</translation>
        </message>
        <message>
            <source>Meet other mothers near you</source>
            <translation type="unfinished">Rankontre lòt manman toupre ou</translation>
        </message>
        <message>
            <source>Counselors, consultants and helplines</source>
            <translation type="unfinished">Konseye, konsiltan ak liy telefòn pou èd</translation>
        </message>
        <message>
            <source>A private place to feed or pump</source>
            <translation type="unfinished">Yon kote prive pou bay tete oswa tire lèt</translation>
        </message>
        <message>
            <source>Pumping or feeding while you are here</source>
            <translation type="unfinished">Tire lèt oswa bay tete pandan ou la a</translation>
        </message>
        <message>
            <source>Comfortable seat</source>
            <translation type="unfinished">Chèz konfòtab</translation>
        </message>
        <message>
            <source>Power outlet</source>
            <translation type="unfinished">Priz elektrik</translation>
        </message>
        <message>
            <source>Sink</source>
            <translation type="unfinished">Lavabo</translation>
        </message>
        <message>
            <source>Fridge for milk</source>
            <translation type="unfinished">Frijidè pou lèt</translation>
        </message>
        <message>
            <source>Hospital-grade pump</source>
            <translation type="unfinished">Ponp tire lèt lopital</translation>
        </message>
        <message>
            <source>Door that locks</source>
            <translation type="unfinished">Pòt ki fèmen a kle</translation>
        </message>
        <message>
            <source>Changing table</source>
            <translation type="unfinished">Tab pou chanje bebe</translation>
        </message>
        <message>
            <source>Wheelchair access</source>
            <translation type="unfinished">Aksè pou chèz woulant</translation>
        </message>
        <message>
            <source>Dimmable light</source>
            <translation type="unfinished">Limyè ki ka bese</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation type="unfinished">Dlo pou bwè</translation>
        </message>
        <message>
            <source>Table</source>
            <translation type="unfinished">Tab</translation>
        </message>
        <message>
            <source>Nursing pillow</source>
            <translation type="unfinished">Zòrye pou bay tete</translation>
        </message>
        <message>
            <source>Free</source>
            <translation type="unfinished">Lib</translation>
        </message>
        <message>
            <source>In use</source>
            <translation type="unfinished">Okipe</translation>
        </message>
        <message>
            <source>Being cleaned</source>
            <translation type="unfinished">Y ap netwaye l</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished">Fèmen</translation>
        </message>
        <message>
            <source>Status not available – ask the front desk</source>
            <translation type="unfinished">Pa gen enfòmasyon – mande nan resepsyon an</translation>
        </message>
        <message>
            <source>The room is free now</source>
            <translation type="unfinished">Sal la lib kounye a</translation>
        </message>
        <message>
            <source>The room is in use now</source>
            <translation type="unfinished">Sal la okipe kounye a</translation>
        </message>
        <message>
            <source>The room is being cleaned</source>
            <translation type="unfinished">Y ap netwaye sal la</translation>
        </message>
        <message>
            <source>The room is closed now</source>
            <translation type="unfinished">Sal la fèmen kounye a</translation>
        </message>
        <message>
            <source>No room is free right now</source>
            <translation type="unfinished">Pa gen okenn sal ki lib kounye a</translation>
        </message>
        <message numerus="yes">
            <source>All %n rooms are free</source>
            <translation type="unfinished">
                <numerusform>Tout %n sal yo lib</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n rooms free</source>
            <extracomment>%1 the rooms free, %n all the rooms</extracomment>
            <translation type="unfinished">
                <numerusform>%1 sou %n sal lib</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>for %n min so far</source>
            <translation type="unfinished">
                <numerusform>depi %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>usually free within ~%n min</source>
            <translation type="unfinished">
                <numerusform>anjeneral li lib nan ~%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n people waiting</source>
            <translation type="unfinished">
                <numerusform>%n moun ap tann</numerusform>
            </translation>
        </message>
        <message>
            <source>Your number is %1. Watch the top of this screen: %1 shows there when the room is free.</source>
            <translation type="unfinished">Nimewo ou se %1. Gade anwo ekran sa a: %1 ap parèt la lè sal la lib.</translation>
        </message>
        <message>
            <source>Now calling %1</source>
            <translation type="unfinished">N ap rele %1</translation>
        </message>
        <message>
            <source>%1 – %2 is free</source>
            <translation type="unfinished">%1 – %2 lib</translation>
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished">Angle</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished">Panyòl</translation>
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished">Jodi a</translation>
        </message>
        <message>
            <source>This week</source>
            <translation type="unfinished">Semèn sa a</translation>
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished">Pita</translation>
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished">Retounen</translation>
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished">Dakèy</translation>
        </message>
        <message>
            <source>Listen</source>
            <translation type="unfinished">Koute</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation type="unfinished">Anvan</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation type="unfinished">Repete</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished">Apre</translation>
        </message>
        <message>
            <source>Softer</source>
            <translation type="unfinished">Pi ba</translation>
        </message>
        <message>
            <source>Louder</source>
            <translation type="unfinished">Pi fò</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished">Gwosè tèks</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation type="unfinished">Kontras fò</translation>
        </message>
        <message>
            <source>Next group or class</source>
            <translation type="unfinished">Pwochen gwoup oswa klas</translation>
        </message>
        <message>
            <source>Touch the screen to start</source>
            <translation type="unfinished">Touche ekran an pou kòmanse</translation>
        </message>
        <message>
            <source>Are you still there?</source>
            <translation type="unfinished">Ou la toujou?</translation>
        </message>
        <message numerus="yes">
            <source>To keep your visit private, this screen starts over in %n seconds.</source>
            <translation type="unfinished">
                <numerusform>Pou vizit ou rete prive, ekran sa a ap rekòmanse nan %n segonn.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose a language</source>
            <translation type="unfinished">Chwazi yon lang</translation>
        </message>
        <message>
            <source>Language help</source>
            <translation type="unfinished">Èd nan lang ou</translation>
        </message>
        <message>
            <source>Free help in your language</source>
            <translation type="unfinished">Èd gratis nan lang ou</translation>
        </message>
        <message>
            <source>button</source>
            <translation type="unfinished">bouton</translation>
        </message>
        <message>
            <source>heading</source>
            <translation type="unfinished">tit</translation>
        </message>
        <message>
            <source>picture</source>
            <translation type="unfinished">imaj</translation>
        </message>
        <message>
            <source>selected</source>
            <translation type="unfinished">se li ki chwazi</translation>
        </message>
        <message>
            <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
            <translation type="unfinished">Lekti ak vwa a limen. Aparèy sa a ap pale w de èd ou ka jwenn pou bay tete ak pou tire lèt.</translation>
        </message>
        <message>
            <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
            <translation type="unfinished">Peze flèch anba a pou w tande sa ki vini apre, epi flèch anwo a pou w tande sa ki te anvan. Peze Chwazi, bouton won an, pou w chwazi li. Peze Retounen pou w retounen, epi Èd pou w tande sa a ankò. Bouton plis la ak bouton mwens lan fè vwa a pi fò oswa pi ba. Bouton zetwal la etenn ekran an epi limen l ankò.</translation>
        </message>
        <message>
            <source>The screen is off. Speech goes on.</source>
            <translation type="unfinished">Ekran an etenn. Lekti ak vwa a ap kontinye.</translation>
        </message>
        <message>
            <source>The screen is on.</source>
            <translation type="unfinished">Ekran an limen.</translation>
        </message>
        <message>
            <source>Press any key for more time.</source>
            <translation type="unfinished">Tanpri, peze nenpòt bouton pou w gen plis tan.</translation>
        </message>
    </context>
</TS>