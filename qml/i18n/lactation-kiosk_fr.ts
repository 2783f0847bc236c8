<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticleBody</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished">Sources</translation>
    </message>
    <message>
        <source>Information only, not medical advice. Ask your doctor, nurse or lactation consultant. In an emergency, call 911.</source>
        <translation type="unfinished">Pour information seulement, ce n&apos;est pas un avis médical. Demandez à votre médecin, à votre infirmière ou à votre consultante en lactation. En cas d&apos;urgence, appelez le 911.</translation>
    </message>
</context>
<context>
    <name>ArticleScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">S&apos;informer</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Envoyer sur mon téléphone</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>This kiosk can read the screen aloud: tap Listen.</source>
        <translation type="unfinished">Cette borne peut lire l&apos;écran à voix haute&#xa0;: touchez Écouter.</translation>
    </message>
    <message>
        <source>Listen: start and read the home screen aloud</source>
        <translation type="unfinished">Écouter&#xa0;: commencer et lire l&apos;écran d&apos;accueil à voix haute</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo content – your site&apos;s pack replaces it</source>
        <translation type="unfinished">Contenu d&apos;exemple – il sera remplacé par celui de votre établissement</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>today</source>
        <translation type="unfinished">aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished">demain</translation>
    </message>
</context>
<context>
    <name>GroupFilters</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Langue</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished">Toutes les langues</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">Où</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished">Partout</translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">En personne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">En ligne</translation>
    </message>
</context>
<context>
    <name>GroupsScreen</name>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">Groupes de soutien et cours</translation>
    </message>
    <message>
        <source>No groups or classes match. Try another filter.</source>
        <translation type="unfinished">Aucun groupe ni cours ne correspond. Essayez un autre filtre.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Trouver de l&apos;aide</translation>
    </message>
    <message>
        <source>Call for help</source>
        <translation type="unfinished">Aide par téléphone</translation>
    </message>
    <message>
        <source>Help near you</source>
        <translation type="unfinished">Aide près de vous</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished">Je suis toujours là</translation>
    </message>
</context>
<context>
    <name>LanguagesScreen</name>
    <message>
        <source>Language</source>
        <translation type="unfinished">Langue</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">S&apos;informer</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Staff: hold for 5 seconds</source>
        <translation type="unfinished">Personnel&#xa0;: maintenez appuyé 5 secondes</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished">Arrêter</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished">Démarrage…</translation>
    </message>
    <message>
        <source>No speech</source>
        <translation type="unfinished">Pas de voix</translation>
    </message>
    <message>
        <source>Listen: read-aloud is starting…</source>
        <translation type="unfinished">Écouter&#xa0;: la lecture à voix haute démarre…</translation>
    </message>
    <message>
        <source>Read-aloud is not available</source>
        <translation type="unfinished">La lecture à voix haute n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation type="unfinished">Arrêter la lecture à voix haute</translation>
    </message>
    <message>
        <source>Listen: read this screen aloud</source>
        <translation type="unfinished">Écouter&#xa0;: lire cet écran à voix haute</translation>
    </message>
    <message>
        <source>Text size: normal. Tap for larger text</source>
        <translation type="unfinished">Taille du texte&#xa0;: normale. Touchez pour agrandir le texte</translation>
    </message>
    <message>
        <source>Text size: large. Tap for the largest text</source>
        <translation type="unfinished">Taille du texte&#xa0;: grande. Touchez pour le texte le plus grand</translation>
    </message>
    <message>
        <source>Text size: largest. Tap for normal text</source>
        <translation type="unfinished">Taille du texte&#xa0;: la plus grande. Touchez pour revenir au texte normal</translation>
    </message>
    <message>
        <source>High contrast: on. Tap for normal contrast</source>
        <translation type="unfinished">Contraste élevé&#xa0;: activé. Touchez pour revenir au contraste normal</translation>
    </message>
    <message>
        <source>High contrast: off. Tap to turn it on</source>
        <translation type="unfinished">Contraste élevé&#xa0;: désactivé. Touchez pour l&apos;activer</translation>
    </message>
    <message>
        <source>Move the screen back up</source>
        <translation type="unfinished">Remonter l&apos;écran</translation>
    </message>
    <message>
        <source>Move the screen down, within reach</source>
        <translation type="unfinished">Descendre l&apos;écran à votre portée</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation type="unfinished">Changer de langue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OccurrenceCard</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Annulé</translation>
    </message>
    <message>
        <source>CANCELLED – this meeting will not take place</source>
        <translation type="unfinished">ANNULÉ – cette séance n&apos;aura pas lieu</translation>
    </message>
    <message>
        <source>Changed time or place</source>
        <translation type="unfinished">Changement d&apos;heure ou de lieu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">En ligne</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished">Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">Animé par&#xa0;:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Prix&#xa0;:</translation>
    </message>
    <message>
        <source>Join online:</source>
        <translation type="unfinished">Participer en ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Envoyer sur mon téléphone</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished">PIN incorrect.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 min.</source>
        <translation type="unfinished">Trop de codes PIN incorrects. Réessayez dans %1 min.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk (lactation-kiosk --set-pin).</source>
        <translation type="unfinished">Aucun code PIN du personnel n&apos;est défini sur cette borne (lactation-kiosk --set-pin).</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished">PIN du personnel</translation>
    </message>
    <message>
        <source>%1 digits typed</source>
        <translation type="unfinished">%1 chiffres saisis</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Touch the screen to keep your visit.</source>
        <translation type="unfinished">Touchez l&apos;écran pour continuer votre visite.</translation>
    </message>
</context>
<context>
    <name>ReadingScript</name>
    <message>
        <source>Buttons: %1. While reading: %2</source>
        <extracomment>The last line of every screen&apos;s read-aloud script: %1 the bar&apos;s buttons, %2 the speech bar&apos;s.</extracomment>
        <translation type="unfinished">Boutons&#xa0;: %1. Pendant la lecture&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sections: %1</source>
        <translation type="unfinished">Rubriques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished">Annulé</translation>
    </message>
</context>
<context>
    <name>ReferralLadder</name>
    <message>
        <source>Peer counselor</source>
        <translation type="unfinished">Mère conseillère</translation>
    </message>
    <message>
        <source>A mother trained to support others, through WIC or La Leche League. Everyday questions and encouragement.</source>
        <translation type="unfinished">Une mère formée pour aider les autres mères, avec le programme WIC ou La Leche League. Pour les questions de tous les jours et les encouragements.</translation>
    </message>
    <message>
        <source>Lactation counselor (CLC)</source>
        <translation type="unfinished">Conseillère en allaitement (CLC)</translation>
    </message>
    <message>
        <source>A trained counselor for common problems.</source>
        <translation type="unfinished">Une conseillère formée pour les problèmes courants.</translation>
    </message>
    <message>
        <source>Lactation consultant (IBCLC)</source>
        <translation type="unfinished">Consultante en lactation (IBCLC)</translation>
    </message>
    <message>
        <source>The clinical expert for harder problems: pain, low supply, weight gain, premature babies. Ask your doctor or the hospital where you gave birth.</source>
        <translation type="unfinished">La spécialiste clinique pour les problèmes plus difficiles&#xa0;: douleur, pas assez de lait, prise de poids du bébé, bébés prématurés. Demandez à votre médecin ou à l&apos;hôpital où vous avez accouché.</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished">Médecin</translation>
    </message>
    <message>
        <source>Pediatrician or OB: medical problems, fever, a baby not feeding, and anything urgent.</source>
        <translation type="unfinished">Pédiatre ou gynécologue-obstétricien&#xa0;: problèmes médicaux, fièvre, bébé qui ne mange pas, et toute urgence.</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation type="unfinished">Qui peut vous aider</translation>
    </message>
</context>
<context>
    <name>RoomCard</name>
    <message>
        <source>Tell me when it&apos;s free</source>
        <translation type="unfinished">Prévenez-moi quand c&apos;est libre</translation>
    </message>
    <message>
        <source>Get a number</source>
        <translation type="unfinished">Prendre un numéro</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Où&#xa0;:</translation>
    </message>
    <message>
        <source>How to get in:</source>
        <translation type="unfinished">Comment entrer&#xa0;:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished">Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation type="unfinished">Accessibilité&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Salle d&apos;allaitement</translation>
    </message>
</context>
<context>
    <name>ServiceCard</name>
    <message>
        <source>Run by:</source>
        <translation type="unfinished">Géré par&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished">Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished">Pour qui&#xa0;:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation type="unfinished">Prix&#xa0;:</translation>
    </message>
    <message>
        <source>How to get it:</source>
        <translation type="unfinished">Comment l&apos;obtenir&#xa0;:</translation>
    </message>
    <message>
        <source>Credentials:</source>
        <translation type="unfinished">Qualifications&#xa0;:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished">Où&#xa0;:</translation>
    </message>
    <message>
        <source>Web:</source>
        <translation type="unfinished">Site web&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished">Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Envoyer sur mon téléphone</translation>
    </message>
</context>
<context>
    <name>ServiceModel</name>
    <message>
        <source>Open 24 hours</source>
        <translation type="unfinished">Ouvert 24 h sur 24</translation>
    </message>
    <message>
        <source>Open now, until %1</source>
        <translation type="unfinished">Ouvert maintenant, jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation type="unfinished">Fermé maintenant</translation>
    </message>
    <message>
        <source>Closed now, opens %1 %2</source>
        <translation type="unfinished">Fermé maintenant&#xa0;; ouvre %1 à %2</translation>
    </message>
    <message>
        <source> ext. %1</source>
        <translation type="unfinished"> poste %1</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read-aloud controls</source>
        <translation type="unfinished">Commandes de lecture à voix haute</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished">Élément précédent</translation>
    </message>
    <message>
        <source>Repeat the last item</source>
        <translation type="unfinished">Répéter le dernier élément</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished">Élément suivant</translation>
    </message>
</context>
<context>
    <name>StaffConsole</name>
    <message>
        <source>At least one section stays on the home screen.</source>
        <translation type="unfinished">Au moins une rubrique doit rester sur l&apos;écran d&apos;accueil.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished">%1, version %2</translation>
    </message>
    <message>
        <source>This kiosk has no content feed configured.</source>
        <translation type="unfinished">Aucune source de contenu n&apos;est configurée sur cette borne.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation type="unfinished">Recherche de mises à jour…</translation>
    </message>
    <message>
        <source>An update check is running; try again in a minute.</source>
        <translation type="unfinished">Une recherche de mises à jour est en cours&#xa0;; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The previous pack does not load; nothing was changed.</source>
        <translation type="unfinished">Le paquet précédent ne se charge pas&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Rolled back to feed version %1.</source>
        <translation type="unfinished">Retour à la version %1 de la source.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation type="unfinished">Panneau du personnel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
    <message>
        <source>Lactation rooms</source>
        <translation type="unfinished">Salles d&apos;allaitement</translation>
    </message>
    <message>
        <source>Clear the waitlist (%1)</source>
        <translation type="unfinished">Vider la liste d&apos;attente (%1)</translation>
    </message>
    <message>
        <source>Sections on the home screen</source>
        <translation type="unfinished">Rubriques de l&apos;écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished">Contenu</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation type="unfinished">Paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Feed version:</source>
        <translation type="unfinished">Version de la source&#xa0;:</translation>
    </message>
    <message>
        <source>Last check:</source>
        <translation type="unfinished">Dernière vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished">Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Signed metadata expires:</source>
        <translation type="unfinished">Expiration des métadonnées signées&#xa0;:</translation>
    </message>
    <message>
        <source>Check for updates now</source>
        <translation type="unfinished">Rechercher des mises à jour maintenant</translation>
    </message>
    <message>
        <source>Roll back to the previous pack</source>
        <translation type="unfinished">Revenir au paquet précédent</translation>
    </message>
    <message>
        <source>Starting over</source>
        <translation type="unfinished">Retour au début</translation>
    </message>
    <message>
        <source>The screen starts over after %1 s without a touch.</source>
        <translation type="unfinished">L&apos;écran revient au début après %1 s si personne ne le touche.</translation>
    </message>
    <message>
        <source>15 s shorter</source>
        <translation type="unfinished">15 s de moins</translation>
    </message>
    <message>
        <source>15 s longer</source>
        <translation type="unfinished">15 s de plus</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation type="unfinished">Quitter la borne</translation>
    </message>
    <message>
        <source>Words not yet reviewed by a person:</source>
        <translation type="unfinished">Mots pas encore relus par une personne :</translation>
    </message>
    <message>
        <source>No words of their own (shown in the default language):</source>
        <translation type="unfinished">Sans mots propres (affichés dans la langue par défaut) :</translation>
    </message>
</context>
<context>
    <name>TakeAwayScreen</name>
    <message>
        <source>Send to my phone</source>
        <translation type="unfinished">Envoyer sur mon téléphone</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at a code. Each holds only what is written under it – nothing about you.</source>
        <translation type="unfinished">Pointez l&apos;appareil photo de votre téléphone vers un code. Chaque code contient seulement ce qui est écrit en dessous – rien sur vous.</translation>
    </message>
    <message>
        <source>There is nothing to send for this item.</source>
        <translation type="unfinished">Il n&apos;y a rien à envoyer pour cet élément.</translation>
    </message>
</context>
<context>
    <name>TakeAwaySheet</name>
    <message>
        <source>Call</source>
        <translation type="unfinished">Appeler</translation>
    </message>
    <message>
        <source>Send a text</source>
        <translation type="unfinished">Envoyer un texto</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation type="unfinished">Enregistrer le contact</translation>
    </message>
    <message>
        <source>Add to your calendar</source>
        <translation type="unfinished">Ajouter à votre calendrier</translation>
    </message>
    <message>
        <source>Join online</source>
        <translation type="unfinished">Participer en ligne</translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished">Ouvrir la page web</translation>
    </message>
</context>
<context>
    <name>VisitScreen</name>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Votre visite</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Learn</source>
        <translation type="unfinished">S&apos;informer</translation>
    </message>
    <message>
        <source>Support groups &amp; classes</source>
        <translation type="unfinished">Groupes de soutien et cours</translation>
    </message>
    <message>
        <source>Get help</source>
        <translation type="unfinished">Trouver de l&apos;aide</translation>
    </message>
    <message>
        <source>Lactation room</source>
        <translation type="unfinished">Salle d&apos;allaitement</translation>
    </message>
    <message>
        <source>Your visit</source>
        <translation type="unfinished">Votre visite</translation>
    </message>
    <message>
        <source>Feeding, pumping, storing milk, your rights</source>
        <translation type="unfinished">Allaiter, tirer et conserver le lait, vos droits</translation>
    </message>
    <message>
        <source>Meet other mothers near you</source>
        <translation type="unfinished">Rencontrez d&apos;autres mères près de vous</translation>
    </message>
    <message>
        <source>Counselors, consultants and helplines</source>
        <translation type="unfinished">Conseillères, consultantes et lignes d&apos;aide</translation>
    </message>
    <message>
        <source>A private place to feed or pump</source>
        <translation type="unfinished">Un endroit privé pour allaiter ou tirer votre lait</translation>
    </message>
    <message>
        <source>Pumping or feeding while you are here</source>
        <translation type="unfinished">Tirer votre lait ou allaiter pendant que vous êtes ici</translation>
    </message>
    <message>
        <source>Comfortable seat</source>
        <translation type="unfinished">Fauteuil confortable</translation>
    </message>
    <message>
        <source>Power outlet</source>
        <translation type="unfinished">Prise électrique</translation>
    </message>
    <message>
        <source>Sink</source>
        <translation type="unfinished">Lavabo</translation>
    </message>
    <message>
        <source>Fridge for milk</source>
        <translation type="unfinished">Frigo pour le lait</translation>
    </message>
    <message>
        <source>Hospital-grade pump</source>
        <translation type="unfinished">Tire-lait hospitalier</translation>
    </message>
    <message>
        <source>Door that locks</source>
        <translation type="unfinished">Porte qui ferme à clé</translation>
    </message>
    <message>
        <source>Changing table</source>
        <translation type="unfinished">Table à langer</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation type="unfinished">Accès fauteuil roulant</translation>
    </message>
    <message>
        <source>Dimmable light</source>
        <translation type="unfinished">Lumière réglable</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished">Eau potable</translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished">Table</translation>
    </message>
    <message>
        <source>Nursing pillow</source>
        <translation type="unfinished">Coussin d&apos;allaitement</translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished">Libre</translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished">Occupée</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation type="unfinished">En nettoyage</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Fermée</translation>
    </message>
    <message>
        <source>Status not available – ask the front desk</source>
        <translation type="unfinished">État inconnu – demandez à l&apos;accueil</translation>
    </message>
    <message>
        <source>The room is free now</source>
        <translation type="unfinished">La salle est libre maintenant</translation>
    </message>
    <message>
        <source>The room is in use now</source>
        <translation type="unfinished">La salle est occupée en ce moment</translation>
    </message>
    <message>
        <source>The room is being cleaned</source>
        <translation type="unfinished">La salle est en cours de nettoyage</translation>
    </message>
    <message>
        <source>The room is closed now</source>
        <translation type="unfinished">La salle est fermée en ce moment</translation>
    </message>
    <message>
        <source>No room is free right now</source>
        <translation type="unfinished">Aucune salle n&apos;est libre en ce moment</translation>
    </message>
    <message numerus="yes">
        <source>All %n rooms are free</source>
        <translation type="unfinished">
            <numerusform>%n salle est libre</numerusform>
            <numerusform>Les %n salles sont libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n rooms free</source>
        <extracomment>%1 the rooms free, %n all the rooms</extracomment>
        <translation type="unfinished">
            <numerusform>Salle libre&#xa0;: %1 sur %n</numerusform>
            <numerusform>Salles libres&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n min so far</source>
        <translation type="unfinished">
            <numerusform>depuis %n min</numerusform>
            <numerusform>depuis %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>usually free within ~%n min</source>
        <translation type="unfinished">
            <numerusform>libre en général dans ~%n min</numerusform>
            <numerusform>libre en général dans ~%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting</source>
        <translation type="unfinished">
            <numerusform>%n personne en attente</numerusform>
            <numerusform>%n personnes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Your number is %1. Watch the top of this screen: %1 shows there when the room is free.</source>
        <translation type="unfinished">Votre numéro est le %1. Regardez le haut de cet écran&#xa0;: le %1 s&apos;affichera quand la salle sera libre.</translation>
    </message>
    <message>
        <source>Now calling %1</source>
        <translation type="unfinished">Au tour du numéro %1</translation>
    </message>
    <message>
        <source>%1 – %2 is free</source>
        <translation type="unfinished">%1 – %2 est libre</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished">Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished">Espagnol</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished">Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished">Cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished">Plus tard</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Retour</translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished">Accueil</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished">Écouter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished">Précédent</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished">Répéter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Suivant</translation>
    </message>
    <message>
        <source>Softer</source>
        <translation type="unfinished">Moins fort</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation type="unfinished">Plus fort</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished">Taille du texte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished">Contraste élevé</translation>
    </message>
    <message>
        <source>Next group or class</source>
        <translation type="unfinished">Prochain groupe ou cours</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation type="unfinished">Touchez l&apos;écran pour commencer</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished">Êtes-vous toujours là&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>To keep your visit private, this screen starts over in %n seconds.</source>
        <translation type="unfinished">
            <numerusform>Pour protéger votre vie privée, cet écran revient au début dans %n seconde.</numerusform>
            <numerusform>Pour protéger votre vie privée, cet écran revient au début dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation type="unfinished">Choisir la langue</translation>
    </message>
    <message>
        <source>Language help</source>
        <translation type="unfinished">Aide linguistique</translation>
    </message>
    <message>
        <source>Free help in your language</source>
        <translation type="unfinished">Aide gratuite dans votre langue</translation>
    </message>
    <message>
        <source>button</source>
        <extracomment>said after a control&apos;s name when the keypad reaches it</extracomment>
        <translation type="unfinished">bouton</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished">titre</translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished">image</translation>
    </message>
    <message>
        <source>selected</source>
        <extracomment>the language or choice now shown</extracomment>
        <translation type="unfinished">choisi</translation>
    </message>
    <message>
        <source>Speech is on. This kiosk tells you about help with breastfeeding and pumping.</source>
        <translation type="unfinished">La lecture à voix haute est en marche. Cette borne vous parle de l&apos;aide pour allaiter et pour tirer votre lait.</translation>
    </message>
    <message>
        <source>Press the down arrow to hear the next item and the up arrow for the one before. Press Select to choose it, Back to go back, and Help to hear this again. Plus and minus change the volume. The star key turns the screen off and on.</source>
        <extracomment>the EZ Access keys: two arrows, a round Select key, Back and Help</extracomment>
        <translation type="unfinished">Appuyez sur la flèche du bas pour entendre l&apos;élément suivant, et sur la flèche du haut pour l&apos;élément précédent. Appuyez sur la touche ronde, Sélection, pour choisir. Appuyez sur Retour pour revenir en arrière, et sur Aide pour entendre ce message encore une fois. La touche plus met le son plus fort, la touche moins le met moins fort. La touche étoile éteint et rallume l&apos;écran.</translation>
    </message>
    <message>
        <source>The screen is off. Speech goes on.</source>
        <translation type="unfinished">L&apos;écran est éteint. La voix continue.</translation>
    </message>
    <message>
        <source>The screen is on.</source>
        <translation type="unfinished">L&apos;écran est allumé.</translation>
    </message>
    <message>
        <source>Press any key for more time.</source>
        <translation type="unfinished">Appuyez sur n&apos;importe quelle touche pour avoir plus de temps.</translation>
    </message>
</context>
</TS>
