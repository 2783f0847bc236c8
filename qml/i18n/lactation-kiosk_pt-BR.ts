<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ArticleBody</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Fontes</translation>
    </message>
    <message>
        <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
        <translation type="unfinished">Apenas informação, não é orientação médica. Pergunte ao seu médico, à enfermeira ou à consultora em amamentação. Em uma emergência, ligue para o 911.</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Aprender</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Enviar ao meu celular</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>This kiosk can read the screen aloud: tap Listen.</source>
        <translation type="unfinished">Este totem pode ler a tela em voz alta: toque em Ouvir.</translation>
    </message>
    <message>
        <source>Listen: start and read the home screen aloud</source>
        <translation type="unfinished">Ouvir: começar e ler a tela inicial em voz alta</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo content – your site&apos;s pack replaces it</source>
        <translation type="unfinished">Conteúdo de exemplo – o pacote do seu local vai substituí-lo</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation type="unfinished">hoje</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished">amanhã</translation>
    </message>
</context>
<context>
    <name>GroupFilters</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Idioma</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished">Qualquer idioma</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Onde</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">Qualquer lugar</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">Presencial</translation>
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
        <translation type="unfinished">Grupos de apoio e aulas</translation>
    </message>
    <message>
        <source>No groups or classes match. Try another filter.</source>
        <translation type="unfinished">Nenhum grupo ou aula com este filtro. Tente outro.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Pedir ajuda</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation type="unfinished">Ajuda por telefone</translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished">Ajuda perto de você</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Ainda estou aqui</translation>
    </message>
</context>
<context>
    <name>LanguagesScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Idioma</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Aprender</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Staff: hold for 5 seconds</source>
        <translation type="unfinished">Equipe: segure por 5 segundos</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Parar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Iniciando…</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation type="unfinished">Sem voz</translation>
    </message>
    <message>
        <source>Listen: read-aloud is starting…</source>
        <translation type="unfinished">Ouvir: a leitura em voz alta está começando…</translation>
    </message>
    <message>
        <source>Read-aloud is not available</source>
        <translation type="unfinished">A leitura em voz alta não está disponível</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished">Parar a leitura em voz alta</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation type="unfinished">Ouvir: ler esta tela em voz alta</translation>
    </message>
    <message>
        <source>Text size: normal. Tap for larger text</source>
        <translation type="unfinished">Tamanho do texto: normal. Toque para aumentar</translation>
    </message>
    <message>
        <source>Text size: large. Tap for the largest text</source>
        <translation type="unfinished">Tamanho do texto: grande. Toque para o tamanho máximo</translation>
    </message>
    <message>
        <source>Text size: largest. Tap for normal text</source>
        <translation type="unfinished">Tamanho do texto: máximo. Toque para o texto normal</translation>
    </message>
    <message>
        <source>High contrast: on. Tap for normal contrast</source>
        <translation type="unfinished">Alto contraste: ligado. Toque para o contraste normal</translation>
    </message>
    <message>
        <source>High contrast: off. Tap to turn it on</source>
        <translation type="unfinished">Alto contraste: desligado. Toque para ligar</translation>
    </message>
    <message>
        <source>Move the screen back up</source>
        <translation type="unfinished">Voltar a tela para cima</translation>
    </message>
    <message>
        <source>Move the screen down, within reach</source>
        <translation type="unfinished">Baixar a tela, ao seu alcance</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished">Mudar o idioma para %1</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelado</translation>
    </message>
    <message>
        <source>CANCELLED – this meeting will not take place</source>
        <translation type="unfinished">CANCELADO – este encontro não vai acontecer</translation>
    </message>
    <message>
        <source>Changed time or place</source>
        <translation type="unfinished">Mudou o horário ou o local</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">Online</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Idioma:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">Responsável:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Custo:</translation>
    </message>
    <message>
        <source>Join online:</source>
        <translation type="unfinished">Participar online:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Enviar ao meu celular</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished">PIN incorreto.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation type="unfinished">Muitos PINs incorretos. Tente de novo em %1 min.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
        <translation type="unfinished">Nenhum PIN da equipe foi definido neste totem (lactation-kiosk --set-pin).</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN da equipe</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation type="unfinished">%1 dígitos digitados</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Apagar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Touch the screen to keep your visit.</source>
        <translation type="unfinished">Toque na tela para continuar sua visita.</translation>
    </message>
</context>
<context>
    <name>ReadingScript</name>
    <message>
        <source>Buttons: %1. While reading: %2</source>
        <extracomment>The last line of every screen&apos;s read-aloud script: %1 the bar&apos;s buttons, %2 the speech bar&apos;s.</extracomment>
        <translation type="unfinished">Botões: %1. Durante a leitura: %2</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished">Seções: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelado</translation>
    </message>
</context>
<context>
    <name>ReferralLadder</name>
    <message>
        <source>Peer counselor</source>
        <translation type="unfinished">Mãe conselheira</translation>
    </message>
    <message>
        <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
        <translation type="unfinished">Uma mãe treinada para apoiar outras mães, pelo WIC ou pela La Leche League. Dúvidas do dia a dia e incentivo.</translation>
    </message>
    <message>
        <source>Lactation counselor (CLC)</source>
        <translation type="unfinished">Conselheira em amamentação (CLC)</translation>
    </message>
    <message>
        <source>A trained counselor for common problems.</source>
        <translation type="unfinished">Uma conselheira treinada para problemas comuns.</translation>
    </message>
    <message>
        <source>Lactation consultant (IBCLC)</source>
        <translation type="unfinished">Consultora em amamentação (IBCLC)</translation>
    </message>
    <message>
        <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
        <translation type="unfinished">A especialista clínica para problemas mais difíceis: dor, pouco leite, ganho de peso do bebê, bebês prematuros. Pergunte ao seu médico ou no hospital onde você deu à luz.</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">Médico</translation>
    </message>
    <message>
        <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
        <translation type="unfinished">Pediatra ou obstetra: problemas médicos, febre, bebê que não está mamando e qualquer urgência.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished">Quem pode ajudar</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Tell me when it&apos;s free</source>
        <translation type="unfinished">Me avise quando estiver livre</translation>
    </message>
    <message>
        <source>Get a number</source>
        <translation type="unfinished">Pegar senha</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Onde:</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation type="unfinished">Como entrar:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished">Horário:</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished">Acessibilidade:</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Sala de amamentação</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">Responsável:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">Idiomas:</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished">Quem pode usar:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Custo:</translation>
    </message>
    <message>
        <source>How to get it:</source>
        <translation type="unfinished">Como conseguir:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished">Certificações:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Onde:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished">Site:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">E-mail:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Enviar ao meu celular</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished">Aberto 24 horas</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation type="unfinished">Aberto agora, até as %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished">Fechado agora</translation>
    </message>
    <message>
        <source>Closed now, opens %1 %2</source>
        <translation type="unfinished">Fechado agora; abre %1 às %2</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"> ramal %1</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read-aloud controls</source>
        <translation type="unfinished">Controles de leitura</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">Item anterior</translation>
    </message>
    <message>
        <source>Repeat the last item</source>
        <translation type="unfinished">Repetir o último item</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished">Próximo item</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <source>At least one section stays on the home screen.</source>
        <translation type="unfinished">Pelo menos uma seção precisa ficar na tela inicial.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1, versão %2</translation>
    </message>
    <message>
        <source>This kiosk has no content feed configured.</source>
        <translation type="unfinished">Este totem não tem uma fonte de conteúdo configurada.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished">Procurando atualizações…</translation>
    </message>
    <message>
        <source>An update check is running; try again in a minute.</source>
        <translation type="unfinished">Já há uma busca de atualizações em andamento; tente de novo em um minuto.</translation>
    </message>
    <message>
        <source>The previous pack does not load; nothing was changed.</source>
        <translation type="unfinished">O pacote anterior não carrega; nada foi alterado.</translation>
    </message>
    <message>
        <source>Rolled back to feed version %1.</source>
        <translation type="unfinished">Voltou para a versão %1 da fonte.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">Painel da equipe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fechar</translation>
    </message>
    <message>
        <source>Lactation rooms</source>
        <translation type="unfinished">Salas de amamentação</translation>
    </message>
    <message>
        <source>Clear the waitlist (%1)</source>
        <translation type="unfinished">Limpar a fila de espera (%1)</translation>
    </message>
    <message>
        <source>Sections on the home screen</source>
        <translation type="unfinished">Seções na tela inicial</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished">Conteúdo</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished">Pacote:</translation>
    </message>
    <message>
        <source>Feed version:</source>
        <translation type="unfinished">Versão da fonte:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished">Última verificação:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished">Último erro:</translation>
    </message>
    <message>
        <source>Signed metadata expires:</source>
        <translation type="unfinished">Metadados assinados expiram em:</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished">Procurar atualizações agora</translation>
    </message>
    <message>
        <source>Roll back to the previous pack</source>
        <translation type="unfinished">Voltar ao pacote anterior</translation>
    </message>
    <message>
        <source>Starting over</source>
        <translation type="unfinished">Voltar ao início</translation>
    </message>
    <message>
        <source>The screen starts over after %1 s without a touch.</source>
        <translation type="unfinished">A tela volta ao início após %1 s sem nenhum toque.</translation>
    </message>
    <message>
        <source>15 s shorter</source>
        <translation type="unfinished">15 s a menos</translation>
    </message>
    <message>
        <source>15 s longer</source>
        <translation type="unfinished">15 s a mais</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished">Sair do totem</translation>
    </message>
    <message>
        <source>Words not yet reviewed by a person:</source>
        <translation type="unfinished">Palavras ainda não revisadas por uma pessoa:</translation>
    </message>
    <message>
        <source>No words of their own (shown in the default language):</source>
        <translation type="unfinished">Sem palavras próprias (mostradas no idioma padrão):</translation>
    </message>
</context>
<context>
    <name>TakeAwayScreen</name>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Enviar ao meu celular</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code. Each holds only what is written under it – nothing about you.</source>
        <translation type="unfinished">Aponte a câmera do seu celular para um código. Cada um contém só o que está escrito embaixo dele – nada sobre você.</translation>
    </message>
    <message>
        <source>There is nothing to send for this item.</source>
        <translation type="unfinished">Não há nada para enviar deste item.</translation>
    </message>
</context>
<context>
    <name>TakeAwaySheet</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">Ligar</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation type="unfinished">Enviar SMS</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished">Salvar o contato</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation type="unfinished">Adicionar à sua agenda</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation type="unfinished">Participar online</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished">Abrir a página da web</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Sua visita</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">Aprender</translation>
    </message>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">Grupos de apoio e aulas</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Pedir ajuda</translation>
    </message>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Sala de amamentação</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Sua visita</translation>
    </message>
    <message>
        <source>Feeding, pumping, storing milk, your rights</source>
        <translation type="unfinished">Amamentar, tirar e guardar o leite, seus direitos</translation>
    </message>
    <message>
        <source>Meet other mothers near you</source>
        <translation type="unfinished">Conheça outras mães perto de você</translation>
    </message>
    <message>
        <source>Counselors, consultants and helplines</source>
        <translation type="unfinished">Conselheiras, consultoras e linhas de apoio</translation>
    </message>
    <message>
        <source>A private place to feed or pump</source>
        <translation type="unfinished">Um lugar reservado para amamentar ou tirar leite</translation>
    </message>
    <message>
        <source>Pumping or feeding while you are here</source>
        <translation type="unfinished">Tirar leite ou amamentar enquanto você está aqui</translation>
    </message>
    <message>
        <source>Comfortable seat</source>
        <translation type="unfinished">Assento confortável</translation>
    </message>
    <message>
        <source>Power outlet</source>
        <translation type="unfinished">Tomada</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished">Pia</translation>
    </message>
    <message>
        <source>Fridge for milk</source>
        <translation type="unfinished">Geladeira para o leite</translation>
    </message>
    <message>
        <source>Hospital-grade pump</source>
        <translation type="unfinished">Bomba tira-leite hospitalar</translation>
    </message>
    <message>
        <source>Door that locks</source>
        <translation type="unfinished">Porta com tranca</translation>
    </message>
    <message>
        <source>Changing table</source>
        <translation type="unfinished">Trocador de fraldas</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished">Acessível a cadeirantes</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished">Luz regulável</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished">Água para beber</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished">Mesa</translation>
    </message>
    <message>
        <source>Nursing pillow</source>
        <translation type="unfinished">Almofada de amamentação</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">Livre</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished">Ocupada</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation type="unfinished">Em limpeza</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Fechada</translation>
    </message>
    <message>
        <source>Status not available – ask the front desk</source>
        <translation type="unfinished">Situação indisponível – pergunte na recepção</translation>
    </message>
    <message>
        <source>The room is free now</source>
        <translation type="unfinished">A sala está livre agora</translation>
    </message>
    <message>
        <source>The room is in use now</source>
        <translation type="unfinished">A sala está ocupada agora</translation>
    </message>
    <message>
        <source>The room is being cleaned</source>
        <translation type="unfinished">A sala está sendo limpa</translation>
    </message>
    <message>
        <source>The room is closed now</source>
        <translation type="unfinished">A sala está fechada agora</translation>
    </message>
    <message>
        <source>No room is free right now</source>
        <translation type="unfinished">Nenhuma sala livre agora</translation>
    </message>
    <message numerus="yes">
        <source>All %n rooms are free</source>
        <translation type="unfinished">
            <numerusform>%n sala livre</numerusform>
            <numerusform>Todas as %n salas estão livres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rooms free</source>
        <extracomment>%1 the rooms free, %n all the rooms</extracomment>
        <translation type="unfinished">
            <numerusform>%1 de %n sala livre</numerusform>
            <numerusform>%1 de %n salas livres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n min so far</source>
        <translation type="unfinished">
            <numerusform>há %n min</numerusform>
            <numerusform>há %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually free within ~%n min</source>
        <translation type="unfinished">
            <numerusform>costuma liberar em ~%n min</numerusform>
            <numerusform>costuma liberar em ~%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting</source>
        <translation type="unfinished">
            <numerusform>%n pessoa esperando</numerusform>
            <numerusform>%n pessoas esperando</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number is %1. Watch the top of this screen: %1 shows there when the room is free.</source>
        <translation type="unfinished">Sua senha é %1. Olhe a parte de cima desta tela: %1 vai aparecer ali quando a sala estiver livre.</translation>
    </message>
    <message>
        <source>Now calling %1</source>
        <translation type="unfinished">Chamando a senha %1</translation>
    </message>
    <message>
        <source>%1 – %2 is free</source>
        <translation type="unfinished">%1 – %2 está livre</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">Inglês</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">Espanhol</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Hoje</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished">Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">Depois</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Voltar</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">Início</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished">Ouvir</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished">Anterior</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished">Repetir</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Próximo</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation type="unfinished">Mais baixo</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Mais alto</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Tamanho do texto</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Alto contraste</translation>
    </message>
    <message>
        <source>Next group or class</source>
        <translation type="unfinished">Próximo grupo ou aula</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished">Toque na tela para começar</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Você ainda está aí?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation type="unfinished">
            <numerusform>Para proteger sua privacidade, esta tela volta ao início em %n segundo.</numerusform>
            <numerusform>Para proteger sua privacidade, esta tela volta ao início em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation type="unfinished">Escolher idioma</translation>
    </message>
    <message>
        <source>Language help</source>
        <translation type="unfinished">Ajuda com o idioma</translation>
    </message>
    <message>
        <source>Free help in your language</source>
        <translation type="unfinished">Ajuda grátis no seu idioma</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>said after a control&apos;s name when the keypad reaches it</extracomment>
        <translation type="unfinished">botão</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">título</translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished">imagem</translation>
    </message>
    <message>
        <source>selected</source>
        <extracomment>the language or choice now shown</extracomment>
        <translation type="unfinished">selecionado</translation>
    </message>
    <message>
        <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
        <translation type="unfinished">A leitura em voz alta está ligada. Este totem explica como conseguir ajuda para amamentar e tirar leite.</translation>
    </message>
    <message>
        <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
        <extracomment>the EZ Access keys: two arrows, a round Select key, Back and Help</extracomment>
        <translation type="unfinished">Aperte a seta para baixo para ouvir o próximo item. Aperte a seta para cima para ouvir o item anterior. Aperte Selecionar, a tecla redonda, para escolher. Para voltar, aperte Voltar. Para ouvir isto de novo, aperte Ajuda. As teclas mais e menos mudam o volume. A tecla estrela desliga e liga a tela.</translation>
    </message>
    <message>
        <source>The screen is off. Speech goes on.</source>
        <translation type="unfinished">A tela está desligada. A leitura em voz alta continua.</translation>
    </message>
    <message>
        <source>The screen is on.</source>
        <translation type="unfinished">A tela está ligada.</translation>
    </message>
    <message>
        <source>Press any key for more time.</source>
        <translation type="unfinished">Aperte qualquer tecla para ter mais tempo.</translation>
    </message>
</context>
</TS>
