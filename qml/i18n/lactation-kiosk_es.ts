<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArticleBody</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Fuentes</translation>
    </message>
    <message>
        <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
        <translation type="unfinished">Solo información, no es consejo médico. Pregunte a su médico, enfermera o consultora en lactancia. En una emergencia, llame al 911.</translation>
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
        <translation type="unfinished">Enviar a mi teléfono</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>This kiosk can read the screen aloud: tap Listen.</source>
        <translation type="unfinished">Este quiosco puede leer la pantalla en voz alta: toque Escuchar.</translation>
    </message>
    <message>
        <source>Listen: start and read the home screen aloud</source>
        <translation type="unfinished">Escuchar: empezar y leer en voz alta la pantalla de inicio</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo content – your site&apos;s pack replaces it</source>
        <translation type="unfinished">Contenido de ejemplo: el de su centro lo reemplazará</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation type="unfinished">hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished">mañana</translation>
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
        <translation type="unfinished">Cualquier idioma</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Dónde</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">Cualquier lugar</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">En persona</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">En línea</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">Grupos de apoyo y clases</translation>
    </message>
    <message>
        <source>No groups or classes match. Try another filter.</source>
        <translation type="unfinished">No hay grupos ni clases con este filtro. Pruebe otro.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Pedir ayuda</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation type="unfinished">Ayuda por teléfono</translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished">Ayuda cerca de usted</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Sigo aquí</translation>
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
        <translation type="unfinished">Personal: mantenga pulsado 5 segundos</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished">Cambiar idioma a %1</translation>
    </message>
    <message>
        <source>Text size: normal. Tap for larger text</source>
        <translation type="unfinished">Tamaño del texto: normal. Toque para agrandarlo</translation>
    </message>
    <message>
        <source>Text size: large. Tap for the largest text</source>
        <translation type="unfinished">Tamaño del texto: grande. Toque para el más grande</translation>
    </message>
    <message>
        <source>Text size: largest. Tap for normal text</source>
        <translation type="unfinished">Tamaño del texto: el más grande. Toque para volver al normal</translation>
    </message>
    <message>
        <source>High contrast: on. Tap for normal contrast</source>
        <translation type="unfinished">Alto contraste: activado. Toque para el contraste normal</translation>
    </message>
    <message>
        <source>High contrast: off. Tap to turn it on</source>
        <translation type="unfinished">Alto contraste: desactivado. Toque para activarlo</translation>
    </message>
    <message>
        <source>Move the screen back up</source>
        <translation type="unfinished">Subir la pantalla otra vez</translation>
    </message>
    <message>
        <source>Move the screen down, within reach</source>
        <translation type="unfinished">Bajar la pantalla a su alcance</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Detener</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Iniciando…</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation type="unfinished">Sin voz</translation>
    </message>
    <message>
        <source>Listen: read-aloud is starting…</source>
        <translation type="unfinished">Escuchar: la lectura en voz alta se está iniciando…</translation>
    </message>
    <message>
        <source>Read-aloud is not available</source>
        <translation type="unfinished">La lectura en voz alta no está disponible</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished">Dejar de leer en voz alta</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation type="unfinished">Escuchar: leer esta pantalla en voz alta</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelada</translation>
    </message>
    <message>
        <source>CANCELLED – this meeting will not take place</source>
        <translation type="unfinished">CANCELADA – esta reunión no se hará</translation>
    </message>
    <message>
        <source>Changed time or place</source>
        <translation type="unfinished">Cambió la hora o el lugar</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">En línea</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Idioma:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">A cargo de:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Costo:</translation>
    </message>
    <message>
        <source>Join online:</source>
        <translation type="unfinished">Entrar en línea:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Enviar a mi teléfono</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished">PIN incorrecto.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation type="unfinished">Demasiados PIN incorrectos. Inténtelo de nuevo en %1 min.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
        <translation type="unfinished">Este quiosco no tiene PIN del personal (lactation-kiosk --set-pin).</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN del personal</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation type="unfinished">%1 dígitos escritos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">Aceptar</translation>
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
        <translation type="unfinished">Toque la pantalla para continuar su visita.</translation>
    </message>
</context>
<context>
    <name>ReadingScript</name>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished">Secciones: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Cancelada</translation>
    </message>
    <message>
        <source>Buttons: %1. While reading: %2</source>
        <extracomment>The last line of every screen&apos;s read-aloud script: %1 the bar&apos;s buttons, %2 the speech bar&apos;s.</extracomment>
        <translation type="unfinished">Botones: %1. Durante la lectura: %2</translation>
    </message>
</context>
<context>
    <name>ReferralLadder</name>
    <message>
        <source>Peer counselor</source>
        <translation type="unfinished">Consejera de pares</translation>
    </message>
    <message>
        <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
        <translation type="unfinished">Una madre capacitada para apoyar a otras madres, por medio de WIC o La Liga de La Leche. Dudas de todos los días y ánimo.</translation>
    </message>
    <message>
        <source>Lactation counselor (CLC)</source>
        <translation type="unfinished">Consejera en lactancia (CLC)</translation>
    </message>
    <message>
        <source>A trained counselor for common problems.</source>
        <translation type="unfinished">Una consejera capacitada para problemas comunes.</translation>
    </message>
    <message>
        <source>Lactation consultant (IBCLC)</source>
        <translation type="unfinished">Consultora en lactancia (IBCLC)</translation>
    </message>
    <message>
        <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
        <translation type="unfinished">La especialista clínica para problemas más difíciles: dolor, poca leche, el peso del bebé, bebés prematuros. Pregunte a su médico o en el hospital donde dio a luz.</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">Médico</translation>
    </message>
    <message>
        <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
        <translation type="unfinished">Pediatra u obstetra: problemas médicos, fiebre, un bebé que no come y cualquier urgencia.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished">Quién puede ayudar</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Dónde:</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation type="unfinished">Cómo entrar:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished">Horario:</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished">Accesibilidad:</translation>
    </message>
    <message>
        <source>Tell me when it&apos;s free</source>
        <translation type="unfinished">Avíseme cuando esté libre</translation>
    </message>
    <message>
        <source>Get a number</source>
        <translation type="unfinished">Pedir un número</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Sala de lactancia</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">A cargo de:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">Idiomas:</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished">Quién puede usarlo:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Costo:</translation>
    </message>
    <message>
        <source>How to get it:</source>
        <translation type="unfinished">Cómo obtenerlo:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished">Certificaciones:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Dónde:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished">Sitio web:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">Correo electrónico:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Enviar a mi teléfono</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished">Abierto las 24 horas</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation type="unfinished">Abierto ahora, hasta las %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished">Cerrado ahora</translation>
    </message>
    <message>
        <source>Closed now, opens %1 %2</source>
        <translation type="unfinished">Cerrado ahora; abre %1 a las %2</translation>
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
        <translation type="unfinished">Controles de lectura en voz alta</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">Elemento anterior</translation>
    </message>
    <message>
        <source>Repeat the last item</source>
        <translation type="unfinished">Repetir el último elemento</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished">Elemento siguiente</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <source>At least one section stays on the home screen.</source>
        <translation type="unfinished">Al menos una sección se queda en la pantalla de inicio.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1, versión %2</translation>
    </message>
    <message>
        <source>This kiosk has no content feed configured.</source>
        <translation type="unfinished">Este quiosco no tiene configurada una fuente de contenido.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished">Buscando actualizaciones…</translation>
    </message>
    <message>
        <source>An update check is running; try again in a minute.</source>
        <translation type="unfinished">Se están buscando actualizaciones; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>The previous pack does not load; nothing was changed.</source>
        <translation type="unfinished">El paquete anterior no se puede cargar; no se cambió nada.</translation>
    </message>
    <message>
        <source>Rolled back to feed version %1.</source>
        <translation type="unfinished">Se volvió a la versión %1 de la fuente.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">Panel del personal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Cerrar</translation>
    </message>
    <message>
        <source>Lactation rooms</source>
        <translation type="unfinished">Salas de lactancia</translation>
    </message>
    <message>
        <source>Clear the waitlist (%1)</source>
        <translation type="unfinished">Vaciar la lista de espera (%1)</translation>
    </message>
    <message>
        <source>Sections on the home screen</source>
        <translation type="unfinished">Secciones en la pantalla de inicio</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished">Contenido</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished">Paquete:</translation>
    </message>
    <message>
        <source>Feed version:</source>
        <translation type="unfinished">Versión de la fuente:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished">Última comprobación:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished">Último error:</translation>
    </message>
    <message>
        <source>Signed metadata expires:</source>
        <translation type="unfinished">Los metadatos firmados vencen:</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished">Buscar actualizaciones ahora</translation>
    </message>
    <message>
        <source>Roll back to the previous pack</source>
        <translation type="unfinished">Volver al paquete anterior</translation>
    </message>
    <message>
        <source>Starting over</source>
        <translation type="unfinished">Volver al inicio</translation>
    </message>
    <message>
        <source>The screen starts over after %1 s without a touch.</source>
        <translation type="unfinished">La pantalla vuelve al inicio tras %1 s sin que nadie la toque.</translation>
    </message>
    <message>
        <source>15 s shorter</source>
        <translation type="unfinished">15 s menos</translation>
    </message>
    <message>
        <source>15 s longer</source>
        <translation type="unfinished">15 s más</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished">Salir del quiosco</translation>
    </message>
    <message>
        <source>Words not yet reviewed by a person:</source>
        <translation type="unfinished">Palabras aún no revisadas por una persona:</translation>
    </message>
    <message>
        <source>No words of their own (shown in the default language):</source>
        <translation type="unfinished">Sin palabras propias (se muestran en el idioma principal):</translation>
    </message>
</context>
<context>
    <name>TakeAwayScreen</name>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Enviar a mi teléfono</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code. Each holds only what is written under it – nothing about you.</source>
        <translation type="unfinished">Apunte la cámara de su teléfono a un código. Cada uno contiene solo lo que está escrito debajo, nada sobre usted.</translation>
    </message>
    <message>
        <source>There is nothing to send for this item.</source>
        <translation type="unfinished">No hay nada que enviar de este elemento.</translation>
    </message>
</context>
<context>
    <name>TakeAwaySheet</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">Llamar</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation type="unfinished">Enviar un mensaje de texto</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished">Guardar el contacto</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation type="unfinished">Agregar a su calendario</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation type="unfinished">Unirse en línea</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished">Abrir la página web</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Su visita</translation>
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
        <translation type="unfinished">Grupos de apoyo y clases</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Pedir ayuda</translation>
    </message>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Sala de lactancia</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Su visita</translation>
    </message>
    <message>
        <source>Feeding, pumping, storing milk, your rights</source>
        <translation type="unfinished">Dar pecho, sacarse y guardar la leche, sus derechos</translation>
    </message>
    <message>
        <source>Meet other mothers near you</source>
        <translation type="unfinished">Conozca a otras madres cerca de usted</translation>
    </message>
    <message>
        <source>Counselors, consultants and helplines</source>
        <translation type="unfinished">Consejeras, consultoras y líneas de ayuda</translation>
    </message>
    <message>
        <source>A private place to feed or pump</source>
        <translation type="unfinished">Un lugar privado para dar pecho o sacarse la leche</translation>
    </message>
    <message>
        <source>Pumping or feeding while you are here</source>
        <translation type="unfinished">Sacarse la leche o dar pecho mientras está aquí</translation>
    </message>
    <message>
        <source>Comfortable seat</source>
        <translation type="unfinished">Asiento cómodo</translation>
    </message>
    <message>
        <source>Power outlet</source>
        <translation type="unfinished">Enchufe</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished">Lavamanos</translation>
    </message>
    <message>
        <source>Fridge for milk</source>
        <translation type="unfinished">Refrigerador para la leche</translation>
    </message>
    <message>
        <source>Hospital-grade pump</source>
        <translation type="unfinished">Extractor de leche de hospital</translation>
    </message>
    <message>
        <source>Door that locks</source>
        <translation type="unfinished">Puerta con seguro</translation>
    </message>
    <message>
        <source>Changing table</source>
        <translation type="unfinished">Cambiador de pañales</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished">Acceso para silla de ruedas</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished">Luz que se puede bajar</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished">Agua para beber</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished">Mesa</translation>
    </message>
    <message>
        <source>Nursing pillow</source>
        <translation type="unfinished">Almohada para amamantar</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">Libre</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished">Ocupada</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation type="unfinished">En limpieza</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Cerrada</translation>
    </message>
    <message>
        <source>Status not available – ask the front desk</source>
        <translation type="unfinished">Estado no disponible – pregunte en recepción</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">Español</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished">Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">Más adelante</translation>
    </message>
    <message>
        <source>Your number is %1. Watch the top of this screen: %1 shows there when the room is free.</source>
        <translation type="unfinished">Su número es %1. Mire la parte de arriba de esta pantalla: %1 aparecerá allí cuando la sala esté libre.</translation>
    </message>
    <message>
        <source>Now calling %1</source>
        <translation type="unfinished">Llamando al %1</translation>
    </message>
    <message>
        <source>%1 – %2 is free</source>
        <translation type="unfinished">%1 – %2 está libre</translation>
    </message>
    <message>
        <source>The room is free now</source>
        <translation type="unfinished">La sala está libre ahora</translation>
    </message>
    <message>
        <source>The room is in use now</source>
        <translation type="unfinished">La sala está ocupada ahora</translation>
    </message>
    <message>
        <source>The room is being cleaned</source>
        <translation type="unfinished">Están limpiando la sala</translation>
    </message>
    <message>
        <source>The room is closed now</source>
        <translation type="unfinished">La sala está cerrada ahora</translation>
    </message>
    <message>
        <source>No room is free right now</source>
        <translation type="unfinished">Ninguna sala está libre ahora</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Atrás</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">Inicio</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished">Escuchar</translation>
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
        <translation type="unfinished">Siguiente</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation type="unfinished">Más bajo</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Más alto</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Tamaño del texto</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Alto contraste</translation>
    </message>
    <message>
        <source>Next group or class</source>
        <translation type="unfinished">Próximo grupo o clase</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished">Toque la pantalla para empezar</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">¿Sigue ahí?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation type="unfinished">
            <numerusform>Para proteger su privacidad, esta pantalla volverá al inicio en %n segundo.</numerusform>
            <numerusform>Para proteger su privacidad, esta pantalla volverá al inicio en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n min so far</source>
        <translation type="unfinished">
            <numerusform>desde hace %n min</numerusform>
            <numerusform>desde hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually free within ~%n min</source>
        <translation type="unfinished">
            <numerusform>suele quedar libre en ~%n min</numerusform>
            <numerusform>suele quedar libre en ~%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting</source>
        <translation type="unfinished">
            <numerusform>%n persona esperando</numerusform>
            <numerusform>%n personas esperando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rooms are free</source>
        <translation type="unfinished">
            <numerusform>Las %n salas están libres</numerusform>
            <numerusform>Las %n salas están libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rooms free</source>
        <extracomment>%1 the rooms free, %n all the rooms</extracomment>
        <translation type="unfinished">
            <numerusform>%1 de %n salas libres</numerusform>
            <numerusform>%1 de %n salas libres</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation type="unfinished">Elegir idioma</translation>
    </message>
    <message>
        <source>Language help</source>
        <translation type="unfinished">Ayuda con el idioma</translation>
    </message>
    <message>
        <source>Free help in your language</source>
        <translation type="unfinished">Ayuda gratis en su idioma</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>said after a control&apos;s name when the keypad reaches it</extracomment>
        <translation type="unfinished">botón</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">título</translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished">imagen</translation>
    </message>
    <message>
        <source>selected</source>
        <extracomment>the language or choice now shown</extracomment>
        <translation type="unfinished">seleccionado</translation>
    </message>
    <message>
        <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
        <translation type="unfinished">La voz está encendida. Este quiosco le habla de la ayuda para dar pecho y sacarse la leche.</translation>
    </message>
    <message>
        <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
        <extracomment>the EZ Access keys: two arrows, a round Select key, Back and Help</extracomment>
        <translation type="unfinished">Oprima la flecha hacia abajo para oír lo que sigue, y la flecha hacia arriba para oír lo anterior. Oprima Seleccionar, el botón redondo, para elegirlo. Oprima Atrás para regresar, y Ayuda para oír esto otra vez. Los botones de más y de menos cambian el volumen. El botón de estrella apaga y enciende la pantalla.</translation>
    </message>
    <message>
        <source>The screen is off. Speech goes on.</source>
        <translation type="unfinished">La pantalla está apagada. La voz sigue.</translation>
    </message>
    <message>
        <source>The screen is on.</source>
        <translation type="unfinished">La pantalla está encendida.</translation>
    </message>
    <message>
        <source>Press any key for more time.</source>
        <translation type="unfinished">Oprima cualquier botón para tener más tiempo.</translation>
    </message>
</context>
</TS>
