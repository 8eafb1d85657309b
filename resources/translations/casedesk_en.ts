<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <source>casedesk</source>
        <translation>casedesk</translation>
    </message>
    <message>
        <source>casedesk — onverwachte fout</source>
        <translation>casedesk — unexpected error</translation>
    </message>
    <message>
        <source>Er ging iets mis in casedesk. Uw opgeslagen gegevens zijn veilig. Kopieer de details hieronder voor de beheerder.</source>
        <translation>Something went wrong in casedesk. Your saved data is safe. Copy the details below for the administrator.</translation>
    </message>
    <message>
        <source>Hele huishouden</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>Bijdragen</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Nieuwe bijdrage</source>
        <translation>New contribution</translation>
    </message>
    <message>
        <source>Wat wilt u de casusregisseur laten weten?</source>
        <translation>What would you like the case director to know?</translation>
    </message>
    <message>
        <source>Bijdrage toevoegen</source>
        <translation>Add contribution</translation>
    </message>
    <message>
        <source>Iedereen die bij het gezin betrokken is, kan hier iets toevoegen. Het plan zelf wijzigt alleen de casusregisseur.</source>
        <translation>Everyone involved with the family can add something here. Only the case director changes the plan itself.</translation>
    </message>
    <message>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Akkoord-versies</source>
        <translation>Approved versions</translation>
    </message>
    <message>
        <source>Akkoord van</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Wie gaf akkoord?</source>
        <translation>Who approved?</translation>
    </message>
    <message>
        <source>Datum akkoord</source>
        <translation>Date of approval</translation>
    </message>
    <message>
        <source>Hoe</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Akkoord vastleggen</source>
        <translation>Record approval</translation>
    </message>
    <message>
        <source>Akkoord van:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Hoe:</source>
        <translation>How:</translation>
    </message>
    <message>
        <source>Akkoord van het gezin vastleggen</source>
        <translation>Record the family&apos;s approval</translation>
    </message>
    <message>
        <source>Legt het plan zoals het nu is vast als nieuwe versie. Wijzigingen daarna vormen het concept van de volgende versie.</source>
        <translation>Records the plan as it is now as a new version. Changes after that form the draft of the next version.</translation>
    </message>
    <message>
        <source>Vergelijk van</source>
        <translation>Compare from</translation>
    </message>
    <message>
        <source>Vergelijk met</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <source>Verschillen</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Vergelijk</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>met</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Versies vergelijken</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Concept: het gezin heeft nog geen versie van dit plan akkoord gegeven.</source>
        <translation>Draft: the family has not yet approved any version of this plan.</translation>
    </message>
    <message>
        <source>Huidig plan (concept)</source>
        <translation>Current plan (draft)</translation>
    </message>
    <message>
        <source>Versie %1 is akkoord (%2, %3).</source>
        <translation>Version %1 is approved (%2, %3).</translation>
    </message>
    <message>
        <source>Het plan is sindsdien gewijzigd: dit is het concept van versie %1.</source>
        <translation>The plan has changed since: this is the draft of version %1.</translation>
    </message>
    <message>
        <source>Sindsdien is niets gewijzigd.</source>
        <translation>Nothing has changed since.</translation>
    </message>
    <message>
        <source>Er is nog geen akkoord-versie om mee te vergelijken.</source>
        <translation>There is no approved version to compare with yet.</translation>
    </message>
    <message>
        <source>Geen verschillen.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>%1 wijziging(en).</source>
        <translation>%1 change(s).</translation>
    </message>
    <message>
        <source>Afspraken bij Veilig Thuis</source>
        <translation>Veilig Thuis agreements</translation>
    </message>
    <message>
        <source>Afspraken opslaan</source>
        <translation>Save agreements</translation>
    </message>
    <message>
        <source>Regie wijzigen</source>
        <translation>Change case direction</translation>
    </message>
    <message>
        <source>Nieuw regime</source>
        <translation>New case direction</translation>
    </message>
    <message>
        <source>Reden van de wijziging</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Nieuw regime:</source>
        <translation>New case direction:</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Casusregisseur</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>Regie overdragen…</source>
        <translation>Hand over the case…</translation>
    </message>
    <message>
        <source>Geschiedenis van de regie</source>
        <translation>History of case direction</translation>
    </message>
    <message>
        <source>Regie: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Case direction: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source> · vervanger: %1</source>
        <translation> · stand-in: %1</translation>
    </message>
    <message>
        <source>Kies de nieuwe regie.</source>
        <translation>Choose the new case direction.</translation>
    </message>
    <message>
        <source>tot </source>
        <translation>until </translation>
    </message>
    <message>
        <source>Hulp</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Bekeken</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Concept opgeslagen</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Beoordeeld</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Zittingen gepland</source>
        <translation>Sessions planned</translation>
    </message>
    <message>
        <source>Ingepland</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Uit zitting gehaald</source>
        <translation>Removed from session</translation>
    </message>
    <message>
        <source>Volgorde gewijzigd</source>
        <translation>Order changed</translation>
    </message>
    <message>
        <source>Uitkomst vastgelegd</source>
        <translation>Outcome recorded</translation>
    </message>
    <message>
        <source>Uitkomst ontvangen</source>
        <translation>Outcome received</translation>
    </message>
    <message>
        <source>Gesynchroniseerd</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Verstuurd naar de regionale opslag</source>
        <translation>Sent to the regional store</translation>
    </message>
    <message>
        <source>Ontvangen van de regionale opslag</source>
        <translation>Received from the regional store</translation>
    </message>
    <message>
        <source>Conflict opgelost</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <source>Vernietiging aangevraagd</source>
        <translation>Destruction requested</translation>
    </message>
    <message>
        <source>Vernietigd</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Onderdeel</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Gesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Te vernietigen vanaf</source>
        <translation>To be destroyed from</translation>
    </message>
    <message>
        <source>Verzoek</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Wet</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Thuis</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>Hulp en ondersteuning</source>
        <translation>Help and support</translation>
    </message>
    <message>
        <source>Hulp toevoegen</source>
        <translation>Add support</translation>
    </message>
    <message>
        <source>Hulp verwijderen</source>
        <translation>Remove support</translation>
    </message>
    <message>
        <source>Nog geen hulp. Denk ook aan wat het gezin en het netwerk zelf doen.</source>
        <translation>No support yet. Think of what the family and the network do themselves, too.</translation>
    </message>
    <message>
        <source>Wat:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Aanbieder of persoon:</source>
        <translation>Provider or person:</translation>
    </message>
    <message>
        <source>Aanbieder of persoon</source>
        <translation>Provider or person</translation>
    </message>
    <message>
        <source>Organisatie of naam</source>
        <translation>Organisation or name</translation>
    </message>
    <message>
        <source>Soort aanbieder:</source>
        <translation>Kind of provider:</translation>
    </message>
    <message>
        <source>Soort aanbieder</source>
        <translation>Kind of provider</translation>
    </message>
    <message>
        <source>Domein en wet:</source>
        <translation>Domain and law:</translation>
    </message>
    <message>
        <source>Domein en wet</source>
        <translation>Domain and law</translation>
    </message>
    <message>
        <source>Productcode:</source>
        <translation>Product code:</translation>
    </message>
    <message>
        <source>Productcode</source>
        <translation>Product code</translation>
    </message>
    <message>
        <source>Optioneel</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Voor doel</source>
        <translation>For goal</translation>
    </message>
    <message>
        <source>Voor doel:</source>
        <translation>For goal:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Eind:</source>
        <translation>End:</translation>
    </message>
    <message>
        <source>Eind</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Kostenraming (€):</source>
        <translation>Cost estimate (€):</translation>
    </message>
    <message>
        <source>Kostenraming in euro</source>
        <translation>Cost estimate in euros</translation>
    </message>
    <message>
        <source>Optioneel, bijv. 1.250,00</source>
        <translation>Optional, e.g. 1.250,00</translation>
    </message>
    <message>
        <source>Thuis:</source>
        <translation>At home:</translation>
    </message>
    <message>
        <source>Kan deze hulp thuis gegeven worden?</source>
        <translation>Can this support be given at home?</translation>
    </message>
    <message>
        <source>Zo nee, waarom:</source>
        <translation>If not, why:</translation>
    </message>
    <message>
        <source>Waarom niet thuis</source>
        <translation>Why not at home</translation>
    </message>
    <message>
        <source>Alleen als de hulp niet thuis kan</source>
        <translation>Only if the support cannot be given at home</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Afspraken: wie doet wat, wanneer</source>
        <translation>Agreements: who does what, when</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Afspraak verwijderen</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <source>Nog geen afspraken. Ook het gezin en het netwerk kunnen een afspraak op zich nemen.</source>
        <translation>No agreements yet. The family and the network can take on an agreement too.</translation>
    </message>
    <message>
        <source>Wie:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Wanneer:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Gedaan:</source>
        <translation>Done:</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Geen specifiek doel</source>
        <translation>No specific goal</translation>
    </message>
    <message>
        <source>Doel (in de woorden van het gezin)</source>
        <translation>Goal (in the family&apos;s words)</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Wanneer is het goed? (eindsituatie)</source>
        <translation>When is it good? (end situation)</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>Doel verwijderen</source>
        <translation>Remove goal</translation>
    </message>
    <message>
        <source>Nog geen doelen. Schrijf ze samen met het gezin op, in hun woorden.</source>
        <translation>No goals yet. Write them down together with the family, in their words.</translation>
    </message>
    <message>
        <source>Voor:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Doel:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: ‘Noor gaat weer elke dag naar school.’</source>
        <translation>For example: ‘Noor goes to school every day again.’</translation>
    </message>
    <message>
        <source>Eindsituatie:</source>
        <translation>End situation:</translation>
    </message>
    <message>
        <source>Eindsituatie</source>
        <translation>End situation</translation>
    </message>
    <message>
        <source>Wanneer is de hulp klaar? Wat is er dan anders?</source>
        <translation>When is the support finished? What is different then?</translation>
    </message>
    <message>
        <source>Wat wil het gezin bereiken? Eén doel per regel, voor een gezinslid of voor het hele huishouden. De volgorde is de nummering in het gezinsplan.</source>
        <translation>What does the family want to achieve? One goal per line, for a household member or for the whole household. The order is the numbering in the family plan.</translation>
    </message>
    <message>
        <source>Datum van de toetsing</source>
        <translation>Date of the review</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: vandaag)</source>
        <translation>dd-mm-yyyy (empty: today)</translation>
    </message>
    <message>
        <source>Datum van de toetsing:</source>
        <translation>Date of the review:</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Voorwaarden om terug te komen</source>
        <translation>Conditions for coming back</translation>
    </message>
    <message>
        <source>Bij afschalen: wanneer kan het gezin terugkomen? (wonen, werk, schulden)</source>
        <translation>When scaling down: when can the family come back? (housing, work, debts)</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Toelichting:</source>
        <translation>Explanation:</translation>
    </message>
    <message>
        <source>Voorwaarden voor terugkeer:</source>
        <translation>Conditions for return:</translation>
    </message>
    <message>
        <source>Volgende evaluatie:</source>
        <translation>Next review:</translation>
    </message>
    <message>
        <source>Per doel: is het bereikt?</source>
        <translation>Per goal: has it been achieved?</translation>
    </message>
    <message>
        <source>Hoe verder?</source>
        <translation>What next?</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: over %1 maanden)</source>
        <translation>dd-mm-yyyy (empty: in %1 months)</translation>
    </message>
    <message>
        <source>Wat vindt het gezin</source>
        <translation>What the family thinks</translation>
    </message>
    <message>
        <source>Wat vindt de professional</source>
        <translation>What the professional thinks</translation>
    </message>
    <message>
        <source>Er zijn nog geen doelen (stap 2).</source>
        <translation>There are no goals yet (step 2).</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Wat vindt het gezin?</source>
        <translation>What does the family think?</translation>
    </message>
    <message>
        <source>Wat vindt de professional?</source>
        <translation>What does the professional think?</translation>
    </message>
    <message>
        <source>— nog niet beoordeeld —</source>
        <translation>— not assessed yet —</translation>
    </message>
    <message>
        <source>Aanleiding</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Zorg of kracht</source>
        <translation>Concern or strength</translation>
    </message>
    <message>
        <source>Zorgen en krachten</source>
        <translation>Concerns and strengths</translation>
    </message>
    <message>
        <source>Zorg toevoegen</source>
        <translation>Add concern</translation>
    </message>
    <message>
        <source>Kracht toevoegen</source>
        <translation>Add strength</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nog geen zorgen of krachten. Voeg ze per gezinslid of voor het hele huishouden toe.</source>
        <translation>No concerns or strengths yet. Add them per household member or for the whole household.</translation>
    </message>
    <message>
        <source>Zorg of kracht:</source>
        <translation>Concern or strength:</translation>
    </message>
    <message>
        <source>In hun eigen woorden</source>
        <translation>In their own words</translation>
    </message>
    <message>
        <source>Wat de jeugdige zelf vraagt, wenst en droomt — in zijn of haar eigen woorden. Vul dit niet in voor de jeugdige.</source>
        <translation>What the young person asks, wishes and dreams — in their own words. Do not fill this in for the young person.</translation>
    </message>
    <message>
        <source>%1 besproken</source>
        <translation>%1 discussed</translation>
    </message>
    <message>
        <source>Notitie %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Toelichting veiligheid</source>
        <translation>About safety</translation>
    </message>
    <message>
        <source>Wat zagen of hoorden jullie? Wat is er al afgesproken?</source>
        <translation>What did you see or hear? What has already been agreed?</translation>
    </message>
    <message>
        <source>Eigen kracht en netwerk</source>
        <translation>Own strength and network</translation>
    </message>
    <message>
        <source>Ernst, aard en context</source>
        <translation>Severity, nature and context</translation>
    </message>
    <message>
        <source>Breedte: welke levensgebieden zijn besproken?</source>
        <translation>Breadth: which areas of life were discussed?</translation>
    </message>
    <message>
        <source>Dit huishouden heeft geen jeugdigen.</source>
        <translation>This household has no young people.</translation>
    </message>
    <message>
        <source> (%1 jaar)</source>
        <translation> (%1 years)</translation>
    </message>
    <message>
        <source>Geboren</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Wordt 18 op</source>
        <translation>Turns 18 on</translation>
    </message>
    <message>
        <source>Gezag</source>
        <translation>Custody</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gezin en netwerk — casedesk</source>
        <translation>Family and network — casedesk</translation>
    </message>
    <message>
        <source>Gezin en netwerk…</source>
        <translation>Family and network…</translation>
    </message>
    <message>
        <source>Wat jullie zelf zeggen</source>
        <translation>What you say yourselves</translation>
    </message>
    <message>
        <source>Wat goed gaat</source>
        <translation>What is going well</translation>
    </message>
    <message>
        <source>Waar het moeilijk gaat</source>
        <translation>Where things are hard</translation>
    </message>
    <message>
        <source>Wat we willen bereiken</source>
        <translation>What we want to achieve</translation>
    </message>
    <message>
        <source> — van %1 tot %2</source>
        <translation> — from %1 to %2</translation>
    </message>
    <message>
        <source> — vanaf %1</source>
        <translation> — from %1</translation>
    </message>
    <message>
        <source>Wie helpt</source>
        <translation>Who helps</translation>
    </message>
    <message>
        <source>Wat we afspreken</source>
        <translation>What we agree</translation>
    </message>
    <message>
        <source> — vóór %1</source>
        <translation> — before %1</translation>
    </message>
    <message>
        <source>Wanneer kijken we of het werkt?</source>
        <translation>When do we check whether it works?</translation>
    </message>
    <message>
        <source>Op %1 kijken we samen hoe het gaat.</source>
        <translation>On %1 we look together at how it is going.</translation>
    </message>
    <message>
        <source>, telefoon %1</source>
        <translation>, phone %1</translation>
    </message>
    <message>
        <source>Vragen?</source>
        <translation>Questions?</translation>
    </message>
    <message>
        <source>Bel of mail %1.</source>
        <translation>Call or email %1.</translation>
    </message>
    <message>
        <source>dichtbij</source>
        <translation>close</translation>
    </message>
    <message>
        <source>midden</source>
        <translation>middle</translation>
    </message>
    <message>
        <source>verder weg</source>
        <translation>further away</translation>
    </message>
    <message>
        <source>informeel</source>
        <translation>informal</translation>
    </message>
    <message>
        <source>professioneel</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>Informeel netwerk</source>
        <translation>Informal network</translation>
    </message>
    <message>
        <source>Professioneel netwerk</source>
        <translation>Professional network</translation>
    </message>
    <message>
        <source>Ringen: dichtbij, midden, verder weg; een dikkere lijn is dichterbij</source>
        <translation>Rings: close, middle, further away; a thicker line is closer</translation>
    </message>
    <message>
        <source>Netwerkkaart</source>
        <translation>Network map</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Nog niemand in het netwerk</source>
        <translation>Nobody in the network yet</translation>
    </message>
    <message>
        <source>Verlopen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Binnen twee weken</source>
        <translation>Within two weeks</translation>
    </message>
    <message>
        <source>Later gepland</source>
        <translation>Planned later</translation>
    </message>
    <message>
        <source>Niet gepland</source>
        <translation>Not planned</translation>
    </message>
    <message>
        <source>Gezinsplan</source>
        <translation>Family plan</translation>
    </message>
    <message>
        <source>Overlegtafel</source>
        <translation>Case table</translation>
    </message>
    <message>
        <source>18+-plan</source>
        <translation>18+ plan</translation>
    </message>
    <message>
        <source>Binnenkort</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Casus geopend</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <source>Stap afgerond of bijgesteld</source>
        <translation>Step concluded or revised</translation>
    </message>
    <message>
        <source>Casus heropend</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <source>Ingezien</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Document ingezien</source>
        <translation>Document viewed</translation>
    </message>
    <message>
        <source>Keukentafelweergave ingezien</source>
        <translation>Kitchen-table view viewed</translation>
    </message>
    <message>
        <source>Toegang doorbroken</source>
        <translation>Access by breaking the glass</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Instellingen gewijzigd</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Geïmporteerd</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Stap gezet</source>
        <translation>Step taken</translation>
    </message>
    <message>
        <source>Heropend</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Regie gewijzigd</source>
        <translation>Case direction changed</translation>
    </message>
    <message>
        <source>Veilig Thuis-afspraken vastgelegd</source>
        <translation>Veilig Thuis agreements recorded</translation>
    </message>
    <message>
        <source>Casusregisseur gewijzigd</source>
        <translation>Case director changed</translation>
    </message>
    <message>
        <source>Bijdrage toegevoegd</source>
        <translation>Contribution added</translation>
    </message>
    <message>
        <source>Akkoord vastgelegd</source>
        <translation>Agreement recorded</translation>
    </message>
    <message>
        <source>Overgedragen</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Aangemeld bij Tussen wal en schip</source>
        <translation>Referred to Tussen wal en schip</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Gedeeld met ontvanger</source>
        <translation>Shared with recipient</translation>
    </message>
    <message>
        <source>Back-ups verwijderd</source>
        <translation>Backups deleted</translation>
    </message>
    <message>
        <source>Demogegevens aangemaakt</source>
        <translation>Demo data created</translation>
    </message>
    <message>
        <source>Gezinslid</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Netwerkcontact</source>
        <translation>Network contact</translation>
    </message>
    <message>
        <source>Eigen woorden</source>
        <translation>Own words</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Toetsing</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Toetsing van een doel</source>
        <translation>Review of a goal</translation>
    </message>
    <message>
        <source>Gezinsplanversie</source>
        <translation>Family plan version</translation>
    </message>
    <message>
        <source>Bijdrage</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Thema van het 18+-plan</source>
        <translation>Theme of the 18+ plan</translation>
    </message>
    <message>
        <source>Vernietigingsverzoek</source>
        <translation>Destruction request</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Instelling</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Dit apparaat</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>casus</source>
        <translation>case</translation>
    </message>
    <message>
        <source>huishouden</source>
        <translation>household</translation>
    </message>
    <message>
        <source>aanmelding</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>zitting</source>
        <translation>session</translation>
    </message>
    <message>
        <source>tafel</source>
        <translation>table</translation>
    </message>
    <message>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>ontvanger</source>
        <translation>recipient</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>reden</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>versie</source>
        <translation>version</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <source>naar</source>
        <translation>to</translation>
    </message>
    <message>
        <source>besluit</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>ontbreekt</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>door</source>
        <translation>by</translation>
    </message>
    <message>
        <source>wijze</source>
        <translation>manner</translation>
    </message>
    <message>
        <source>thema&apos;s</source>
        <translation>themes</translation>
    </message>
    <message>
        <source>onderdelen</source>
        <translation>parts</translation>
    </message>
    <message>
        <source>afspraken</source>
        <translation>agreements</translation>
    </message>
    <message>
        <source>deelnemers</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>agendapunten</source>
        <translation>agenda items</translation>
    </message>
    <message>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>rijen</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>jaren</source>
        <translation>years</translation>
    </message>
    <message>
        <source>was</source>
        <translation>was</translation>
    </message>
    <message>
        <source>voor</source>
        <translation>before</translation>
    </message>
    <message>
        <source>na</source>
        <translation>after</translation>
    </message>
    <message>
        <source>verstuurd</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>ontvangen</source>
        <translation>received</translation>
    </message>
    <message>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>conflicten</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <source>wijzigingen</source>
        <translation>changes</translation>
    </message>
    <message>
        <source>geweigerd</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>veld</source>
        <translation>field</translation>
    </message>
    <message>
        <source>keuze</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>bestanden</source>
        <translation>files</translation>
    </message>
    <message>
        <source>start (maanden)</source>
        <translation>start (months)</translation>
    </message>
    <message>
        <source>tot leeftijd</source>
        <translation>up to age</translation>
    </message>
    <message>
        <source>huishoudens</source>
        <translation>households</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>Document gemaakt</source>
        <translation>Document created</translation>
    </message>
    <message>
        <source>Gezinsplan bewerkt</source>
        <translation>Family plan edited</translation>
    </message>
    <message>
        <source>Casus bijgewerkt</source>
        <translation>Case updated</translation>
    </message>
    <message>
        <source>Afspraak bijgewerkt</source>
        <translation>Agreement updated</translation>
    </message>
    <message>
        <source>Doel bijgewerkt</source>
        <translation>Goal updated</translation>
    </message>
    <message>
        <source>Hulp bijgewerkt</source>
        <translation>Support updated</translation>
    </message>
    <message>
        <source>Zorgen en krachten bijgewerkt</source>
        <translation>Concerns and strengths updated</translation>
    </message>
    <message>
        <source>Eigen woorden bijgewerkt</source>
        <translation>Own words updated</translation>
    </message>
    <message>
        <source>Toetsing vastgelegd</source>
        <translation>Review recorded</translation>
    </message>
    <message>
        <source>Gezinsplan akkoord</source>
        <translation>Family plan agreed</translation>
    </message>
    <message>
        <source>Toestemming bijgewerkt</source>
        <translation>Consent updated</translation>
    </message>
    <message>
        <source>18+-plan bijgewerkt</source>
        <translation>18+ plan updated</translation>
    </message>
    <message>
        <source>Huishouden bijgewerkt</source>
        <translation>Household updated</translation>
    </message>
    <message>
        <source>Gezinsleden bijgewerkt</source>
        <translation>Household members updated</translation>
    </message>
    <message>
        <source>Netwerk bijgewerkt</source>
        <translation>Network updated</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Staat</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Nog niet gestart</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Werkoverzicht</source>
        <translation>Work overview</translation>
    </message>
    <message>
        <source>1 · dichtbij</source>
        <translation>1 · close</translation>
    </message>
    <message>
        <source>2 · midden</source>
        <translation>2 · middle</translation>
    </message>
    <message>
        <source>3 · verder weg</source>
        <translation>3 · further away</translation>
    </message>
    <message>
        <source>Foutmelding bij %1</source>
        <translation>Error for %1</translation>
    </message>
    <message>
        <source>zelfde BSN</source>
        <translation>same BSN</translation>
    </message>
    <message>
        <source>zelfde achternaam en postcode</source>
        <translation>same surname and postcode</translation>
    </message>
    <message>
        <source>zelfde naam en geboortedatum</source>
        <translation>same name and date of birth</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Gezinsleden (leeftijd)</source>
        <translation>Members (age)</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>lopend</source>
        <translation>running</translation>
    </message>
    <message>
        <source> (ikzelf)</source>
        <translation> (me)</translation>
    </message>
    <message>
        <source>lopende casus</source>
        <translation>running case</translation>
    </message>
    <message>
        <source>geen lopende casus</source>
        <translation>no running case</translation>
    </message>
    <message>
        <source>Nieuwe aanmelding</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Sleep een aanmelding, of gebruik Alt+pijl omhoog en Alt+pijl omlaag, om de volgorde te wijzigen.</source>
        <translation>Drag a submission, or use Alt+Up and Alt+Down, to change the order.</translation>
    </message>
    <message>
        <source>geen grens</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Tafels</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Nieuwe tafel</source>
        <translation>New table</translation>
    </message>
    <message>
        <source>Importeren uit bestand…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <source>Eén rol of organisatie per regel</source>
        <translation>One role or organisation per line</translation>
    </message>
    <message>
        <source>Rol aan tafel</source>
        <translation>Role at the table</translation>
    </message>
    <message>
        <source>Deelnemer toevoegen</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Deelnemer weghalen</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <source>Leeftijd vanaf</source>
        <translation>Age from</translation>
    </message>
    <message>
        <source>Leeftijd tot en met</source>
        <translation>Age up to and including</translation>
    </message>
    <message>
        <source>Eén soort stuk per regel</source>
        <translation>One kind of document per line</translation>
    </message>
    <message>
        <source>Het gezin is bij de bespreking</source>
        <translation>The family attends the discussion</translation>
    </message>
    <message>
        <source>Kinderen aanwezig vanaf</source>
        <translation>Children attend from</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Aanmeldingen eerst geanonimiseerd bespreken</source>
        <translation>Discuss submissions anonymised first</translation>
    </message>
    <message>
        <source>Alleen een beheerder of tafelsecretaris kan tafels wijzigen; u kunt de instellingen bekijken.</source>
        <translation>Only an administrator or table secretary can change tables; you can view the settings.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: verbeter de rode meldingen.</source>
        <translation>Not saved: correct the messages in red.</translation>
    </message>
    <message>
        <source>%1 is opgeslagen.</source>
        <translation>%1 has been saved.</translation>
    </message>
    <message>
        <source>Tafels importeren</source>
        <translation>Import tables</translation>
    </message>
    <message>
        <source>JSON-bestanden (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Niet geïmporteerd:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <source>Geïmporteerd: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message>
        <source>Welke aanmeldingen</source>
        <translation>Which submissions</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Ontvankelijk</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Reden niet ontvankelijk</source>
        <translation>Reason not admissible</translation>
    </message>
    <message>
        <source>Waarom niet ontvankelijk? De indiener krijgt deze reden te zien.</source>
        <translation>Why not admissible? The submitter will see this reason.</translation>
    </message>
    <message>
        <source>Niet ontvankelijk, terug naar indiener</source>
        <translation>Not admissible, back to the submitter</translation>
    </message>
    <message>
        <source>Zitting</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Inplannen</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Beoordelen</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source>Inplannen in een zitting</source>
        <translation>Schedule in a session</translation>
    </message>
    <message>
        <source>Toon:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>%1 aanmelding(en)</source>
        <translation>%1 submission(s)</translation>
    </message>
    <message>
        <source>Er zijn geen komende zittingen. Maak ze aan onder &apos;Zittingen en agenda&apos;.</source>
        <translation>There are no upcoming sessions. Create them under &apos;Sessions and agenda&apos;.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Geef een reden: de indiener moet weten wat er ontbreekt.</source>
        <translation>Give a reason: the submitter needs to know what is missing.</translation>
    </message>
    <message>
        <source>Kies een zitting.</source>
        <translation>Choose a session.</translation>
    </message>
    <message>
        <source>Ingepland op %1 (%2).</source>
        <translation>Scheduled on %1 (%2).</translation>
    </message>
    <message>
        <source>Advies en afspraken staan in de casus en in uw werkoverzicht.</source>
        <translation>The advice and agreements are in the case and in your work overview.</translation>
    </message>
    <message>
        <source>Advies en afspraken komen in de casus bij de casusregisseur.</source>
        <translation>The advice and agreements go into the case, to the case director.</translation>
    </message>
    <message>
        <source>Mijn aanmeldingen</source>
        <translation>My submissions</translation>
    </message>
    <message>
        <source>Uitkomst van de aanmelding</source>
        <translation>Outcome of the submission</translation>
    </message>
    <message>
        <source>Verder bewerken en indienen</source>
        <translation>Continue editing and submit</translation>
    </message>
    <message>
        <source>Uiterlijk op</source>
        <translation>No later than</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Aanmeldingen in deze zitting</source>
        <translation>Submissions in this session</translation>
    </message>
    <message>
        <source>De aanmelding</source>
        <translation>The submission</translation>
    </message>
    <message>
        <source>Advies van de tafel</source>
        <translation>Advice of the table</translation>
    </message>
    <message>
        <source>Het advies van de tafel aan de casusregisseur</source>
        <translation>The table&apos;s advice to the case director</translation>
    </message>
    <message>
        <source>Conclusie voor het gezin</source>
        <translation>Conclusion for the family</translation>
    </message>
    <message>
        <source>Wat betekent het advies voor het gezin? Schrijf zoals u het aan het gezin zou vertellen: korte zinnen, geen vaktaal.</source>
        <translation>What does the advice mean for the family? Write as you would tell the family: short sentences, no jargon.</translation>
    </message>
    <message>
        <source>Afspraak weghalen</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <source>Afronden en terugsturen naar de casusregisseur</source>
        <translation>Conclude and send back to the case director</translation>
    </message>
    <message>
        <source>Zitting:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Advies&lt;/b&gt;</source>
        <translation>&lt;b&gt;Advice&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conclusie voor het gezin&lt;/b&gt; (in woorden die het gezin begrijpt)</source>
        <translation>&lt;b&gt;Conclusion for the family&lt;/b&gt; (in words the family understands)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Afspraken&lt;/b&gt; — wie doet wat, uiterlijk wanneer</source>
        <translation>&lt;b&gt;Agreements&lt;/b&gt; — who does what, by when</translation>
    </message>
    <message>
        <source>Leg per aanmelding het advies en de afspraken vast. Afronden stuurt ze naar de casus van de casusregisseur.</source>
        <translation>Record the advice and the agreements for each submission. Concluding sends them to the case director&apos;s case.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Kies een aanmelding.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose a submission.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Afgerond: het advies en de afspraken gaan terug naar de casusregisseur.</source>
        <translation>Concluded: the advice and the agreements go back to the case director.</translation>
    </message>
    <message>
        <source>wie</source>
        <translation>who</translation>
    </message>
    <message>
        <source>wat</source>
        <translation>what</translation>
    </message>
    <message>
        <source>wanneer</source>
        <translation>when</translation>
    </message>
    <message>
        <source>Afspraak %1: vul &apos;%2&apos; in.</source>
        <translation>Agreement %1: fill in &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Afgerond en teruggestuurd naar %1.</source>
        <translation>Concluded and sent back to %1.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Tafel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Tafel:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>Overlegtafels</source>
        <translation>Case tables</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kalender van zittingen</source>
        <translation>Calendar of sessions</translation>
    </message>
    <message>
        <source>Zittingen</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Aantal weken vooruit</source>
        <translation>Number of weeks ahead</translation>
    </message>
    <message>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Zittingen aanmaken</source>
        <translation>Create sessions</translation>
    </message>
    <message>
        <source>Omhoog (Alt+↑)</source>
        <translation>Up (Alt+↑)</translation>
    </message>
    <message>
        <source>Omlaag (Alt+↓)</source>
        <translation>Down (Alt+↓)</translation>
    </message>
    <message>
        <source>Van de agenda halen</source>
        <translation>Take off the agenda</translation>
    </message>
    <message>
        <source>Te plannen</source>
        <translation>To schedule</translation>
    </message>
    <message>
        <source>Inplannen in deze zitting</source>
        <translation>Schedule in this session</translation>
    </message>
    <message>
        <source>Plaats of link</source>
        <translation>Location or link</translation>
    </message>
    <message>
        <source>Voorzitter</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretaris</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Aanwezigheid vastleggen</source>
        <translation>Record attendance</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Exporteer PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Komende</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Sleep om de volgorde te wijzigen, of kies een aanmelding en gebruik Alt+pijl omhoog/omlaag. De tijden volgen de volgorde.</source>
        <translation>Drag to change the order, or choose a submission and use Alt+Up/Down. The times follow the order.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Te plannen&lt;/b&gt; (ontvankelijk, nog zonder zitting)</source>
        <translation>&lt;b&gt;To schedule&lt;/b&gt; (admissible, no session yet)</translation>
    </message>
    <message>
        <source>Plaats of link:</source>
        <translation>Location or link:</translation>
    </message>
    <message>
        <source>Voorzitter:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>Secretaris:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <source>Agenda en verslag</source>
        <translation>Agenda and minutes</translation>
    </message>
    <message>
        <source>%1 zitting(en) aangemaakt.</source>
        <translation>%1 session(s) created.</translation>
    </message>
    <message>
        <source>Alle zittingen voor deze periode bestaan al.</source>
        <translation>All sessions for this period already exist.</translation>
    </message>
    <message>
        <source>Nog geen zittingen</source>
        <translation>No sessions yet</translation>
    </message>
    <message>
        <source>Maak de zittingen voor de komende weken aan.</source>
        <translation>Create the sessions for the coming weeks.</translation>
    </message>
    <message>
        <source>Kies eerst een aanmelding op de agenda.</source>
        <translation>First choose a submission on the agenda.</translation>
    </message>
    <message>
        <source>Kies eerst een aanmelding uit &apos;Te plannen&apos;.</source>
        <translation>First choose a submission from &apos;To schedule&apos;.</translation>
    </message>
    <message>
        <source>Deelnemers opgeslagen.</source>
        <translation>Participants saved.</translation>
    </message>
    <message>
        <source>Vul bij elke deelnemer een naam in (regel %1).</source>
        <translation>Fill in a name for every participant (line %1).</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Soort stuk</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>Verwijzing (bestand of nummer)</source>
        <translation>Reference (file or number)</translation>
    </message>
    <message>
        <source>Stukken</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Verplicht voor deze tafel</source>
        <translation>Required for this table</translation>
    </message>
    <message>
        <source>Aanmelden bij een overlegtafel</source>
        <translation>Submit to a case table</translation>
    </message>
    <message>
        <source>Open een casus en kies daar &apos;Aanmelden bij overlegtafel&apos;, of kies onder &apos;Mijn aanmeldingen&apos; een concept om verder te werken.</source>
        <translation>Open a case and choose &apos;Submit to case table&apos; there, or choose a draft under &apos;My submissions&apos; to continue working on it.</translation>
    </message>
    <message>
        <source>Betreft jeugdige</source>
        <translation>Concerns young person</translation>
    </message>
    <message>
        <source>Vraag aan de tafel</source>
        <translation>Question to the table</translation>
    </message>
    <message>
        <source>Wat wilt u dat de tafel adviseert?</source>
        <translation>What would you like the table to advise on?</translation>
    </message>
    <message>
        <source>Wat de tafel mag zien</source>
        <translation>What the table may see</translation>
    </message>
    <message>
        <source>Zo ziet de tafel de samenvatting</source>
        <translation>This is how the table sees the summary</translation>
    </message>
    <message>
        <source>Stuk toevoegen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Stuk weghalen</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <source>Toestemming van het gezin</source>
        <translation>Consent of the family</translation>
    </message>
    <message>
        <source>Wettelijke grondslag (zonder toestemming)</source>
        <translation>Legal ground (without consent)</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Nieuwe toestemming vastleggen…</source>
        <translation>Record new consent…</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>Reden voor delen zonder toestemming</source>
        <translation>Reason for sharing without consent</translation>
    </message>
    <message>
        <source>Waarom is delen zonder toestemming nodig?</source>
        <translation>Why is sharing without consent necessary?</translation>
    </message>
    <message>
        <source>Opslaan als concept</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <source>Indienen bij de tafel</source>
        <translation>Submit to the table</translation>
    </message>
    <message>
        <source>Over:</source>
        <translation>About:</translation>
    </message>
    <message>
        <source>Vraag aan de tafel:</source>
        <translation>Question to the table:</translation>
    </message>
    <message>
        <source>Vink aan wat de tafel mag zien — niet meer dan nodig.</source>
        <translation>Tick what the table may see — no more than necessary.</translation>
    </message>
    <message>
        <source>Zo leest de tafel de samenvatting:</source>
        <translation>This is how the table reads the summary:</translation>
    </message>
    <message>
        <source>Samenvatting:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Stukken:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Delen met de tafel:</source>
        <translation>Sharing with the table:</translation>
    </message>
    <message>
        <source>Nieuwe toestemming voor deze tafel</source>
        <translation>New consent for this table</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Namen van wie toestemming gaf</source>
        <translation>Names of those who gave consent</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Gegeven door:</source>
        <translation>Given by:</translation>
    </message>
    <message>
        <source>Namen:</source>
        <translation>Names:</translation>
    </message>
    <message>
        <source>Gegeven op:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <source>Aanmelden bij een overlegtafel — %1</source>
        <translation>Submit to a case table — %1</translation>
    </message>
    <message>
        <source>Het hele huishouden (geen jeugdige gekozen)</source>
        <translation>The whole household (no young person chosen)</translation>
    </message>
    <message>
        <source>— kies een toestemming —</source>
        <translation>— choose a consent —</translation>
    </message>
    <message>
        <source> · ingetrokken</source>
        <translation> · withdrawn</translation>
    </message>
    <message>
        <source> · verlopen</source>
        <translation> · expired</translation>
    </message>
    <message>
        <source>Voor: %1.</source>
        <translation>For: %1.</translation>
    </message>
    <message>
        <source>Aanmelden mogen: %1.</source>
        <translation>May submit: %1.</translation>
    </message>
    <message>
        <source>iedereen</source>
        <translation>everyone</translation>
    </message>
    <message>
        <source>Verplichte stukken: %1.</source>
        <translation>Required documents: %1.</translation>
    </message>
    <message>
        <source>De tafel bespreekt aanmeldingen eerst geanonimiseerd.</source>
        <translation>The table discusses submissions anonymised first.</translation>
    </message>
    <message>
        <source>Geanonimiseerd: namen zijn weggelaten, gezinsleden heten naar rol en leeftijd.</source>
        <translation>Anonymised: names are left out, household members are called by role and age.</translation>
    </message>
    <message>
        <source>Deze tafel ziet de namen van het gezin.</source>
        <translation>This table sees the family&apos;s names.</translation>
    </message>
    <message>
        <source>Nodig voor deze aanmelding: toestemming van %1.</source>
        <translation>Needed for this submission: consent of %1.</translation>
    </message>
    <message>
        <source>Bezig met indienen…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Verplicht stuk ontbreekt: %1.</source>
        <translation>Required document missing: %1.</translation>
    </message>
    <message>
        <source>De tafel neemt deze aanmelding zo niet aan; zie de rode meldingen.</source>
        <translation>The table will not accept this submission as it is; see the messages in red.</translation>
    </message>
    <message>
        <source>Ingediend bij %1. U volgt de aanmelding onder &apos;Mijn aanmeldingen&apos;.</source>
        <translation>Submitted to %1. Follow the submission under &apos;My submissions&apos;.</translation>
    </message>
    <message>
        <source>Opgeslagen als concept.</source>
        <translation>Saved as draft.</translation>
    </message>
    <message>
        <source>alle leeftijden</source>
        <translation>all ages</translation>
    </message>
    <message>
        <source>vanaf %1 jaar</source>
        <translation>from %1 years</translation>
    </message>
    <message>
        <source>tot en met %1 jaar</source>
        <translation>up to and including %1 years</translation>
    </message>
    <message>
        <source>%1 tot en met %2 jaar</source>
        <translation>%1 to %2 years</translation>
    </message>
    <message>
        <source>U mag niet aanmelden bij deze tafel. Aanmelden mogen: %1.</source>
        <translation>You may not submit to this table. May submit: %1.</translation>
    </message>
    <message>
        <source>De jeugdige valt buiten de leeftijd van deze tafel (%1).</source>
        <translation>The young person is outside this table&apos;s age range (%1).</translation>
    </message>
    <message>
        <source>Kies de jeugdige om wie het gaat: deze tafel is voor %1.</source>
        <translation>Choose the young person it is about: this table is for %1.</translation>
    </message>
    <message>
        <source>Voor een jeugdige van deze leeftijd is toestemming nodig van: %1.</source>
        <translation>For a young person of this age, consent is needed from: %1.</translation>
    </message>
    <message>
        <source>%1 van %2 plekken</source>
        <translation>%1 of %2 places</translation>
    </message>
    <message>
        <source>Wettelijke grondslag: %1 — %2</source>
        <translation>Legal ground: %1 — %2</translation>
    </message>
    <message>
        <source>Geen toestemming of grondslag vastgelegd</source>
        <translation>No consent or legal ground recorded</translation>
    </message>
    <message>
        <source>Toestemming van %1, gegeven op %2</source>
        <translation>Consent of %1, given on %2</translation>
    </message>
    <message>
        <source>, geldig tot en met %1</source>
        <translation>, valid up to and including %1</translation>
    </message>
    <message>
        <source> — ingetrokken op %1</source>
        <translation> — withdrawn on %1</translation>
    </message>
    <message>
        <source>Bij 18 jaar verandert er veel. Spreek af wie wat regelt; een punt dat vlak voor de verjaardag nog open staat, wordt gemeld.</source>
        <translation>A lot changes at 18. Agree who arranges what; a point still open just before the birthday is flagged.</translation>
    </message>
    <message>
        <source>Wie regelt het</source>
        <translation>Who arranges it</translation>
    </message>
    <message>
        <source>Geregeld</source>
        <translation>Arranged</translation>
    </message>
    <message>
        <source>bijv. de jongere, moeder, mentor</source>
        <translation>e.g. the young person, mother, mentor</translation>
    </message>
    <message>
        <source>Wie regelt: %1</source>
        <translation>Who arranges: %1</translation>
    </message>
    <message>
        <source>geregeld</source>
        <translation>arranged</translation>
    </message>
    <message>
        <source>Geregeld: %1</source>
        <translation>Arranged: %1</translation>
    </message>
    <message>
        <source>Nog niet geregeld — de jongere wordt 18 op %1.</source>
        <translation>Not arranged yet — the young person turns 18 on %1.</translation>
    </message>
    <message>
        <source>Nog niet geregeld, terwijl de jongere sinds %1 18 is.</source>
        <translation>Not arranged yet, while the young person has been 18 since %1.</translation>
    </message>
    <message>
        <source> Er is nog niemand die het regelt.</source>
        <translation> Nobody is arranging it yet.</translation>
    </message>
    <message>
        <source>Akkoord van de jongere</source>
        <translation>Young person&apos;s approval</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Datum van het akkoord</source>
        <translation>Date of approval</translation>
    </message>
    <message>
        <source>Hoe is het akkoord gegeven</source>
        <translation>How was approval given</translation>
    </message>
    <message>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Ook de ouders met gezag zijn akkoord</source>
        <translation>The parents with custody approve too</translation>
    </message>
    <message>
        <source>%1 is 18 jaar of ouder en beslist zelf. Ouders worden niet meer om akkoord gevraagd: alleen het akkoord van de jongere wordt vastgelegd.</source>
        <translation>%1 is 18 or older and decides for themselves. Parents are no longer asked for approval: only the young person&apos;s approval is recorded.</translation>
    </message>
    <message>
        <source>Het plan is van %1: het akkoord van de jongere telt. Ouders met gezag mogen ook akkoord geven; vanaf 18 jaar worden zij niet meer gevraagd.</source>
        <translation>The plan belongs to %1: the young person&apos;s approval counts. Parents with custody may approve too; from 18 they are no longer asked.</translation>
    </message>
    <message>
        <source>%1 is jonger dan 16 (of de leeftijd is onbekend): naast de jongere geven ook de ouders met gezag akkoord.</source>
        <translation>%1 is younger than 16 (or the age is unknown): besides the young person, the parents with custody approve too.</translation>
    </message>
    <message>
        <source>Akkoord bijwerken</source>
        <translation>Update approval</translation>
    </message>
    <message>
        <source>Nog geen akkoord vastgelegd.</source>
        <translation>No approval recorded yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Akkoord gegeven&lt;/b&gt; op %1 door %2 (%3).</source>
        <translation>&lt;b&gt;Approved&lt;/b&gt; on %1 by %2 (%3).</translation>
    </message>
    <message>
        <source>Warme overdracht</source>
        <translation>Warm handover</translation>
    </message>
    <message>
        <source>Draag de hulp samen met de jongere over aan één ontvanger, en spreek één vaste contactpersoon na 18 af. Het lokale team kan daarna nog even contact houden (waakvlam).</source>
        <translation>Hand over the support together with the young person to one recipient, and agree one fixed contact person after 18. The local team can stay in touch for a while afterwards (dormant).</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: geen waakvlam)</source>
        <translation>dd-mm-yyyy (empty: no dormant period)</translation>
    </message>
    <message>
        <source>Overdracht vastleggen</source>
        <translation>Record handover</translation>
    </message>
    <message>
        <source>Het akkoord van de jongere is nog niet vastgelegd.</source>
        <translation>The young person&apos;s approval has not been recorded yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overgedragen&lt;/b&gt; op %1 aan %2 (%3).</source>
        <translation>&lt;b&gt;Handed over&lt;/b&gt; on %1 to %2 (%3).</translation>
    </message>
    <message>
        <source>Overdracht bijwerken</source>
        <translation>Update handover</translation>
    </message>
    <message>
        <source>Versie %1, akkoord op %2</source>
        <translation>Version %1, approved on %2</translation>
    </message>
    <message>
        <source>Concept (de huidige stand, niet vastgesteld)</source>
        <translation>Draft (the current state, not adopted)</translation>
    </message>
    <message>
        <source>Er zijn niet-opgeslagen wijzigingen; die staan niet in het concept. Sla eerst op als ze mee moeten.</source>
        <translation>There are unsaved changes; they are not in the draft. Save first if they should be included.</translation>
    </message>
    <message>
        <source>Gezinsplan exporteren</source>
        <translation>Export family plan</translation>
    </message>
    <message>
        <source>Gezinsplan (voor professionals)</source>
        <translation>Family plan (for professionals)</translation>
    </message>
    <message>
        <source>Gezinsplan voor het gezin (eenvoudige taal)</source>
        <translation>Family plan for the family (plain language)</translation>
    </message>
    <message>
        <source>Toekomstplan exporteren</source>
        <translation>Export future plan</translation>
    </message>
    <message>
        <source>Toekomstplan 18+</source>
        <translation>Future plan 18+</translation>
    </message>
    <message>
        <source>Er zijn niet-opgeslagen wijzigingen; die staan niet in de PDF. Sla eerst op als ze mee moeten.</source>
        <translation>There are unsaved changes; they are not in the PDF. Save first if they should be included.</translation>
    </message>
    <message>
        <source>Inzage-export (AVG)</source>
        <translation>Subject access export (GDPR)</translation>
    </message>
    <message>
        <source>Inzage: alles wat over deze persoon is vastgelegd</source>
        <translation>Access: everything recorded about this person</translation>
    </message>
    <message>
        <source>Gezinsplan exporteren…</source>
        <translation>Export family plan…</translation>
    </message>
    <message>
        <source>Toekomstplan exporteren…</source>
        <translation>Export future plan…</translation>
    </message>
    <message>
        <source>Inzage-export…</source>
        <translation>Subject access export…</translation>
    </message>
    <message>
        <source>Alles wat over dit gezinslid is vastgelegd, als PDF (AVG-inzageverzoek)</source>
        <translation>Everything recorded about this household member, as a PDF (GDPR subject access request)</translation>
    </message>
    <message>
        <source>Plannen van team exporteren…</source>
        <translation>Export team plans…</translation>
    </message>
    <message>
        <source>Alle vastgestelde gezinsplannen van een team als PDF in één map</source>
        <translation>All adopted family plans of a team as PDFs in one folder</translation>
    </message>
    <message>
        <source>Jongeren in deze casus</source>
        <translation>Young people in this case</translation>
    </message>
    <message>
        <source>geboortedatum onbekend</source>
        <translation>date of birth unknown</translation>
    </message>
    <message>
        <source>nog geen plan</source>
        <translation>no plan yet</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Voor welke jongere is het toekomstplan?</source>
        <translation>Which young person is the future plan for?</translation>
    </message>
    <message>
        <source>Er zijn in dit huishouden geen jongeren van 15 jaar of ouder.</source>
        <translation>There are no young people aged 15 or older in this household.</translation>
    </message>
    <message>
        <source>← Terug</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Verlengde jeugdhulp</source>
        <translation>Extended youth care</translation>
    </message>
    <message>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Naar de casus</source>
        <translation>To the case</translation>
    </message>
    <message>
        <source>Aanmelden bij Tussen wal en schip</source>
        <translation>Submit to Tussen wal en schip</translation>
    </message>
    <message>
        <source>Leefthema&apos;s</source>
        <translation>Life themes</translation>
    </message>
    <message>
        <source>Wat verandert bij 18</source>
        <translation>What changes at 18</translation>
    </message>
    <message>
        <source>Akkoord en warme overdracht</source>
        <translation>Approval and warm handover</translation>
    </message>
    <message>
        <source>Toekomstplan 18+ — %1</source>
        <translation>Future plan 18+ — %1</translation>
    </message>
    <message>
        <source>wordt 18 op %1</source>
        <translation>turns 18 on %1</translation>
    </message>
    <message>
        <source>18 sinds %1</source>
        <translation>18 since %1</translation>
    </message>
    <message>
        <source>casusregisseur %1</source>
        <translation>case director %1</translation>
    </message>
    <message>
        <source>Verlengde jeugdhulp (tot %1 jaar in deze gemeente)</source>
        <translation>Extended youth care (up to %1 years in this municipality)</translation>
    </message>
    <message>
        <source>Waakvlam tot %1</source>
        <translation>Dormant until %1</translation>
    </message>
    <message>
        <source>Zonder geboortedatum zijn de data van het plan niet te bepalen: vul de geboortedatum in bij het gezin.</source>
        <translation>Without a date of birth the plan&apos;s dates cannot be worked out: fill in the date of birth in the household.</translation>
    </message>
    <message>
        <source>Plan starten vanaf %1</source>
        <translation>Start the plan from %1</translation>
    </message>
    <message>
        <source>akkoord vóór %1</source>
        <translation>approval before %1</translation>
    </message>
    <message>
        <source>18 jaar op %1</source>
        <translation>18 on %1</translation>
    </message>
    <message>
        <source>verlengde jeugdhulp tot %1</source>
        <translation>extended youth care until %1</translation>
    </message>
    <message>
        <source>Gestart op %1</source>
        <translation>Started on %1</translation>
    </message>
    <message>
        <source>Er staat een aanmelding bij Tussen wal en schip (%1).</source>
        <translation>There is a submission to Tussen wal en schip (%1).</translation>
    </message>
    <message>
        <source>Bereid een aanmelding voor bij de tafel Tussen wal en schip.</source>
        <translation>Prepare a submission to the Tussen wal en schip table.</translation>
    </message>
    <message>
        <source>Kan zodra een leefthema vastgelopen is.</source>
        <translation>Possible as soon as a life theme is stuck.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: verbeter de gemarkeerde velden.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
    <message>
        <source>Akkoord niet vastgelegd: zie de meldingen.</source>
        <translation>Approval not recorded: see the messages.</translation>
    </message>
    <message>
        <source>Akkoord vastgelegd.</source>
        <translation>Approval recorded.</translation>
    </message>
    <message>
        <source>Overdracht niet vastgelegd: verbeter de gemarkeerde velden.</source>
        <translation>Handover not recorded: correct the marked fields.</translation>
    </message>
    <message>
        <source>Warme overdracht vastgelegd.</source>
        <translation>Warm handover recorded.</translation>
    </message>
    <message>
        <source>Concept-aanmelding klaargezet bij Tussen wal en schip (%1). Vul hem aan en dien hem in bij Overlegtafels.</source>
        <translation>Draft submission prepared for Tussen wal en schip (%1). Complete it and submit it under Case tables.</translation>
    </message>
    <message>
        <source>Er stond al een aanmelding klaar bij Tussen wal en schip (%1).</source>
        <translation>A submission to Tussen wal en schip was already prepared (%1).</translation>
    </message>
    <message>
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>%1 jaar en %2 maanden</source>
        <translation>%1 years and %2 months</translation>
    </message>
    <message>
        <source>Toekomstplan 18+ per gemeente</source>
        <translation>Future plan 18+ per municipality</translation>
    </message>
    <message>
        <source>Deze instellingen zijn regionale referentiegegevens. Bij een profiel dat synchroniseert beheert de regionale opslag ze: uw wijziging wordt als voorstel verstuurd, alleen een beheerder kan hem doorvoeren, en de waarden van de regio gaan voor.</source>
        <translation>These settings are regional reference data. For a profile that synchronises, the regional store manages them: your change is sent as a proposal, only an administrator can apply it, and the region&apos;s values take precedence.</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Toekomstplan starten vanaf</source>
        <translation>Start the future plan from</translation>
    </message>
    <message>
        <source>Jeugdhulp verlengen tot</source>
        <translation>Extend youth care until</translation>
    </message>
    <message>
        <source>Startleeftijd toekomstplan: %1</source>
        <translation>Starting age of the future plan: %1</translation>
    </message>
    <message>
        <source>Verlengde jeugdhulp tot: %1</source>
        <translation>Extended youth care until: %1</translation>
    </message>
    <message>
        <source>Op schema</source>
        <translation>On schedule</translation>
    </message>
    <message>
        <source>Vroeg gestart</source>
        <translation>Started early</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Situatie nu: %1</source>
        <translation>Situation now: %1</translation>
    </message>
    <message>
        <source>Doel in de woorden van de jongere: %1</source>
        <translation>Goal in the young person&apos;s words: %1</translation>
    </message>
    <message>
        <source>Schrijf op wat de jongere zelf zegt.</source>
        <translation>Write down what the young person says.</translation>
    </message>
    <message>
        <source>Financiering na 18</source>
        <translation>Funding after 18</translation>
    </message>
    <message>
        <source>Nog niet bekend</source>
        <translation>Not known yet</translation>
    </message>
    <message>
        <source>Status van het thema</source>
        <translation>Status of the theme</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Wanneer (dd-mm-jjjj)</source>
        <translation>When (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Acties: %1</source>
        <translation>Actions: %1</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Actie verwijderen</source>
        <translation>Remove action</translation>
    </message>
    <message>
        <source>Situatie nu:</source>
        <translation>Situation now:</translation>
    </message>
    <message>
        <source>Doel, in de woorden
van de jongere:</source>
        <translation>Goal, in the young
person&apos;s words:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Financiering na 18:</source>
        <translation>Funding after 18:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acties&lt;/b&gt; — wie doet wat, wanneer</source>
        <translation>&lt;b&gt;Actions&lt;/b&gt; — who does what, when</translation>
    </message>
    <message>
        <source>Actie %1, kolom Actie</source>
        <translation>Action %1, column Action</translation>
    </message>
    <message>
        <source>Actie %1, kolom Wanneer</source>
        <translation>Action %1, column When</translation>
    </message>
    <message>
        <source>Tijdlijn 18+</source>
        <translation>Timeline 18+</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
    <message>
        <source>verlengde jeugdhulp tot %1 jaar</source>
        <translation>extended youth care up to %1 years</translation>
    </message>
    <message>
        <source>%1 thema(&apos;s) vastgelopen</source>
        <translation>%1 theme(s) stuck</translation>
    </message>
    <message>
        <source>Geen jongeren vanaf 16 jaar in deze selectie.</source>
        <translation>No young people aged 16 or older in this selection.</translation>
    </message>
    <message>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Geboortedatum onbekend: vul hem in om de jongere te plaatsen</source>
        <translation>Date of birth unknown: fill it in to place the young person</translation>
    </message>
    <message>
        <source> · %1 vastgelopen</source>
        <translation> · %1 stuck</translation>
    </message>
    <message>
        <source>alles geregeld</source>
        <translation>all arranged</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <source>, %1 dringend</source>
        <translation>, %1 urgent</translation>
    </message>
    <message>
        <source> (verlengd)</source>
        <translation> (extended)</translation>
    </message>
    <message>
        <source>Welke jongeren</source>
        <translation>Which young people</translation>
    </message>
    <message>
        <source>Mijn casussen</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Zoek op naam of huishouden</source>
        <translation>Search by name or household</translation>
    </message>
    <message>
        <source>Zoek jongere</source>
        <translation>Find young person</translation>
    </message>
    <message>
        <source>Toekomstplan openen</source>
        <translation>Open future plan</translation>
    </message>
    <message>
        <source>Instellingen per gemeente…</source>
        <translation>Settings per municipality…</translation>
    </message>
    <message>
        <source>Jongeren op weg naar 18, als lijst</source>
        <translation>Young people on their way to 18, as a list</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Lijst</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Op weg naar 18: toekomstplannen</source>
        <translation>On the way to 18: future plans</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Hele regio</source>
        <translation>Whole region</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 jongeren&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 young people&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — %1 getoond</source>
        <translation> — %1 shown</translation>
    </message>
    <message>
        <source>Toekomstplan starten</source>
        <translation>Start future plan</translation>
    </message>
    <message>
        <source>Deze map bestaat niet (meer). Kies een andere map.</source>
        <translation>This folder does not exist (any more). Choose another folder.</translation>
    </message>
    <message>
        <source>Het bestand kan daar niet worden geschreven. Kies een andere map of controleer of het bestand ergens anders geopend is.</source>
        <translation>The file cannot be written there. Choose another folder or check whether the file is open somewhere else.</translation>
    </message>
    <message>
        <source>Deze planversie is gemaakt met een nieuwere versie van casedesk. Installeer de nieuwste versie om haar te exporteren.</source>
        <translation>This plan version was made with a newer version of casedesk. Install the latest version to export it.</translation>
    </message>
    <message>
        <source>Deze planversie kan niet worden gelezen.</source>
        <translation>This plan version cannot be read.</translation>
    </message>
    <message>
        <source>Deze casus heeft meer toekomstplannen; open het plan van de jongere zelf.</source>
        <translation>This case has several future plans; open the young person&apos;s own plan.</translation>
    </message>
    <message>
        <source>De schijf is vol: het bestand is niet geschreven. Maak ruimte vrij of kies een andere plek.</source>
        <translation>The disk is full: the file was not written. Free some space or choose another place.</translation>
    </message>
    <message>
        <source>Dit document bestaat niet (meer): het is intussen verwijderd.</source>
        <translation>This document no longer exists: it has been deleted in the meantime.</translation>
    </message>
    <message>
        <source>Het bestand kan daar niet worden geschreven. Kies een andere map.</source>
        <translation>The file cannot be written there. Choose another folder.</translation>
    </message>
    <message>
        <source>Nog geen bijdragen.</source>
        <translation>No contributions yet.</translation>
    </message>
    <message>
        <source>Van → naar</source>
        <translation>From → to</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>(nog zonder omschrijving)</source>
        <translation>(no description yet)</translation>
    </message>
    <message>
        <source>Resultaat doel %1</source>
        <translation>Result of goal %1</translation>
    </message>
    <message>
        <source>Wat vindt het gezin, doel %1</source>
        <translation>What the family thinks, goal %1</translation>
    </message>
    <message>
        <source>Wat vindt de professional, doel %1</source>
        <translation>What the professional thinks, goal %1</translation>
    </message>
    <message>
        <source>Wat ik vraag</source>
        <translation>What I ask</translation>
    </message>
    <message>
        <source>Wat ik wil</source>
        <translation>What I want</translation>
    </message>
    <message>
        <source>Waar ik van droom</source>
        <translation>What I dream of</translation>
    </message>
    <message>
        <source>voor %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <source>Het is goed als: %1</source>
        <translation>It is good when: %1</translation>
    </message>
    <message>
        <source>Dat spreken we nog samen af.</source>
        <translation>We will agree on that together.</translation>
    </message>
    <message>
        <source>gedaan</source>
        <translation>done</translation>
    </message>
    <message>
        <source>geen adres</source>
        <translation>no address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Niet ontvankelijk</source>
        <translation>Not admissible</translation>
    </message>
    <message>
        <source>Voor het gezin</source>
        <translation>For the family</translation>
    </message>
    <message>
        <source>uiterlijk</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Wat de tafel ziet</source>
        <translation>What the table sees</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Zittingen en agenda</source>
        <translation>Sessions and agenda</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Tafelinstellingen</source>
        <translation>Table settings</translation>
    </message>
    <message>
        <source>Deze tafel bespreekt aanmeldingen geanonimiseerd.</source>
        <translation>This table discusses submissions anonymised.</translation>
    </message>
    <message>
        <source>Uitgenodigd</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Er staan nog geen aanmeldingen op de agenda.</source>
        <translation>There are no submissions on the agenda yet.</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Ingebracht door</source>
        <translation>Brought in by</translation>
    </message>
    <message>
        <source>Afwezig</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>In deze zitting is geen aanmelding besproken.</source>
        <translation>No submission was discussed in this session.</translation>
    </message>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>nog geen advies vastgelegd</source>
        <translation>no advice recorded yet</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Delen</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Ingediend door</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Naar organisatie:</source>
        <translation>To organisation:</translation>
    </message>
    <message>
        <source>Ontvanger (persoon):</source>
        <translation>Recipient (person):</translation>
    </message>
    <message>
        <source>Datum overdracht:</source>
        <translation>Date of handover:</translation>
    </message>
    <message>
        <source>Wat is overgedragen:</source>
        <translation>What was handed over:</translation>
    </message>
    <message>
        <source>Vaste contactpersoon na 18:</source>
        <translation>Fixed contact person after 18:</translation>
    </message>
    <message>
        <source>Waakvlam-contact tot:</source>
        <translation>Dormant contact until:</translation>
    </message>
    <message>
        <source>Balk: toekomstplan</source>
        <translation>Bar: future plan</translation>
    </message>
    <message>
        <source>gestreept: verlengde jeugdhulp</source>
        <translation>dashed: extended youth care</translation>
    </message>
    <message>
        <source>overdracht</source>
        <translation>handover</translation>
    </message>
    <message>
        <source>vandaag (kleur = fase)</source>
        <translation>today (colour = phase)</translation>
    </message>
    <message>
        <source>18e verjaardag</source>
        <translation>18th birthday</translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <source>bijv. Gezin Jansen</source>
        <translation>e.g. Jansen family</translation>
    </message>
    <message>
        <source>straat en huisnummer</source>
        <translation>street and number</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>Naam huishouden *</source>
        <translation>Household name *</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Casus buiten uw team openen</source>
        <translation>Open a case outside your team</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deze casus hoort niet bij uw team en u bent er geen casusregisseur of vervanger van.&lt;/b&gt;&lt;br&gt;U kunt hem alleen openen als het echt nodig is. Schrijf op waarom (minstens %1 tekens, zonder namen). Uw reden, uw naam en het tijdstip komen in het logboek dat de privacyfunctionaris controleert. U houdt toegang tot het einde van de werkdag.</source>
        <translation>&lt;b&gt;This case does not belong to your team and you are not its case director or stand-in.&lt;/b&gt;&lt;br&gt;You can only open it when it is really necessary. Write down why (at least %1 characters, no names). Your reason, your name and the time go into the log that the privacy officer checks. You keep access until the end of the working day.</translation>
    </message>
    <message>
        <source>Reden om de casus te openen</source>
        <translation>Reason to open the case</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: spoedmelding Veilig Thuis, de casusregisseur is niet bereikbaar</source>
        <translation>For example: urgent report from Veilig Thuis, the case director cannot be reached</translation>
    </message>
    <message>
        <source>Openen en vastleggen</source>
        <translation>Open and record</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Schrijf op waarom u deze casus opent.</source>
        <translation>Write down why you are opening this case.</translation>
    </message>
    <message>
        <source>Deze reden is te kort: gebruik minstens %1 tekens.</source>
        <translation>This reason is too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>Met uw rol opent u geen dossiers, ook niet met een reden.</source>
        <translation>Your role does not open files, not even with a reason.</translation>
    </message>
</context>
<context>
    <name>BulkExportDialog</name>
    <message>
        <source>Vastgestelde gezinsplannen exporteren</source>
        <translation>Export adopted family plans</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Versie voor professionals</source>
        <translation>Version for professionals</translation>
    </message>
    <message>
        <source>Versie voor het gezin (eenvoudige taal)</source>
        <translation>Version for the family (plain language)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Kies map…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Uitvoering</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Naar map</source>
        <translation>To folder</translation>
    </message>
    <message>
        <source>Van elke lopende casus van het team de laatst vastgestelde versie van het gezinsplan, één PDF per gezin. Casussen zonder vastgesteld plan worden overgeslagen. Elke export wordt in het logboek vastgelegd.</source>
        <translation>For every running case of the team, the latest adopted version of the family plan, one PDF per family. Cases without an adopted plan are skipped. Every export is recorded in the log.</translation>
    </message>
    <message>
        <source>Kies de map voor de PDF&apos;s</source>
        <translation>Choose the folder for the PDFs</translation>
    </message>
    <message>
        <source>Deze map bestaat niet. Kies een bestaande map.</source>
        <translation>This folder does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>De plannen worden opgezocht…</source>
        <translation>Looking up the plans…</translation>
    </message>
    <message>
        <source>Gezinsplannen exporteren…</source>
        <translation>Exporting family plans…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Gezinsplan %1 van %2 opgeslagen…</source>
        <translation>Family plan %1 of %2 saved…</translation>
    </message>
    <message>
        <source>Dit team heeft geen lopende casussen met een vastgesteld gezinsplan.</source>
        <translation>This team has no running cases with an adopted family plan.</translation>
    </message>
    <message>
        <source>Gestopt: %1 van %2 gezinsplannen opgeslagen in %3.</source>
        <translation>Stopped: %1 of %2 family plans saved in %3.</translation>
    </message>
    <message>
        <source>Klaar: %1 gezinsplannen opgeslagen in %3.</source>
        <translation>Done: %1 family plans saved in %3.</translation>
    </message>
    <message>
        <source>%1 plan(nen) konden niet worden gelezen (gemaakt met een nieuwere versie van casedesk) en zijn overgeslagen.</source>
        <translation>%1 plan(s) could not be read (made with a newer version of casedesk) and were skipped.</translation>
    </message>
    <message>
        <source>De export is mislukt. %1</source>
        <translation>The export failed. %1</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <source>Concept weggooien</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Keukentafel</source>
        <translation>Kitchen table</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Toon alleen het plan van dit gezin, groot en schermvullend</source>
        <translation>Show only this family&apos;s plan, large and full screen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gezinsleden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Household members&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Netwerk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Network&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Gezin en netwerk</source>
        <translation>Family and network</translation>
    </message>
    <message>
        <source>Gezinsplan</source>
        <translation>Family plan</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Case direction</translation>
    </message>
    <message>
        <source>Bijdragen</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Historie</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen van %1 zijn hersteld. Sla ze op met Opslaan (Ctrl+S), of gooi het concept weg.</source>
        <translation>Unsaved changes from %1 have been restored. Save them with Save (Ctrl+S), or discard the draft.</translation>
    </message>
    <message>
        <source>Let op: de casus is sindsdien ook elders gewijzigd; bij opslaan worden alleen uw eigen wijzigingen doorgevoerd.</source>
        <translation>Note: the case has since been changed elsewhere too; saving applies only your own changes.</translation>
    </message>
    <message>
        <source> — gesloten op %1</source>
        <translation> — closed on %1</translation>
    </message>
    <message>
        <source>Casusregisseur</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>Vervanger</source>
        <translation>Stand-in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Geopend</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message numerus="yes">
        <source>Niet opgeslagen: %n veld(en) kloppen niet.</source>
        <translation>
            <numerusform>Not saved: %n field is not right.</numerusform>
            <numerusform>Not saved: %n fields are not right.</numerusform>
        </translation>
    </message>
    <message>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Alles opgeslagen</source>
        <translation>Everything saved</translation>
    </message>
    <message>
        <source>Concept bewaard om %1</source>
        <translation>Draft kept at %1</translation>
    </message>
    <message>
        <source>Veilig Thuis: leg vast wie aanspreekpunt is.</source>
        <translation>Veilig Thuis: record who is the point of contact.</translation>
    </message>
    <message>
        <source>Veilig Thuis: leg vast wie het plan schrijft.</source>
        <translation>Veilig Thuis: record who writes the plan.</translation>
    </message>
    <message>
        <source>Veilig Thuis: leg vast wie toeziet op de uitvoering.</source>
        <translation>Veilig Thuis: record who oversees the execution.</translation>
    </message>
    <message>
        <source>Stap afgerond</source>
        <translation>Step concluded</translation>
    </message>
    <message>
        <source>Regie gewijzigd</source>
        <translation>Case direction changed</translation>
    </message>
    <message>
        <source>Casusregisseur gewijzigd</source>
        <translation>Case director changed</translation>
    </message>
    <message>
        <source>Heropend</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Wordt 18 op</source>
        <translation>Turns 18 on</translation>
    </message>
    <message>
        <source>Gezag</source>
        <translation>Custody</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>bijv. naam van de huisarts of school</source>
        <translation>e.g. name of the GP or school</translation>
    </message>
    <message>
        <source>Wat is er aan de hand, in een paar zinnen</source>
        <translation>What is going on, in a few sentences</translation>
    </message>
    <message>
        <source>Verwijzer *</source>
        <translation>Referrer *</translation>
    </message>
    <message>
        <source>Toelichting verwijzer</source>
        <translation>About the referrer</translation>
    </message>
    <message>
        <source>Aanleiding</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Casusregisseur *</source>
        <translation>Case director *</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Zoek op naam, BSN, geboortedatum, adres of gemeente (ook buiten uw team)</source>
        <translation>Search by name, BSN, date of birth, address or municipality (also outside your team)</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Alle stappen</source>
        <translation>All steps</translation>
    </message>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message numerus="yes">
        <source>%n casus(sen)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Alle casussen</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Mijn casussen</source>
        <translation>My cases</translation>
    </message>
    <message>
        <source>Evaluatie verlopen of binnenkort</source>
        <translation>Review overdue or soon</translation>
    </message>
    <message>
        <source>Jeugdige wordt binnen een jaar 18</source>
        <translation>Young person turns 18 within a year</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Casusregisseur</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Case direction</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Wordt 18 op</source>
        <translation>Turns 18 on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Buiten uw team en betrokkenheid: openen vraagt een reden, die wordt vastgelegd</source>
        <translation>Outside your team and involvements: opening it asks for a reason, which is recorded</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>← Terug naar de lijst</source>
        <translation>← Back to the list</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>U en een collega hebben hetzelfde gegeven verschillend gewijzigd. Kies per conflict welke waarde blijft; uw keuze gaat mee met de volgende synchronisatie. Tot dan ziet u de waarde uit de regionale opslag.</source>
        <translation>You and a colleague changed the same item differently. Choose for each conflict which value stays; your choice goes out with the next synchronisation. Until then you see the value from the regional store.</translation>
    </message>
    <message>
        <source>Open conflicten</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Basis (waar u beiden van uitging)</source>
        <translation>Base (where you both started from)</translation>
    </message>
    <message>
        <source>Basiswaarde</source>
        <translation>Base value</translation>
    </message>
    <message>
        <source>Mijn waarde (dit apparaat)</source>
        <translation>My value (this device)</translation>
    </message>
    <message>
        <source>Mijn waarde</source>
        <translation>My value</translation>
    </message>
    <message>
        <source>Hun waarde (regionale opslag)</source>
        <translation>Their value (regional store)</translation>
    </message>
    <message>
        <source>Hun waarde</source>
        <translation>Their value</translation>
    </message>
    <message>
        <source>Casus openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Of schrijf een andere waarde</source>
        <translation>Or write another value</translation>
    </message>
    <message>
        <source>Andere waarde</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Deze waarde bewaren</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>Er zijn geen open conflicten.</source>
        <translation>There are no open conflicts.</translation>
    </message>
    <message>
        <source>Ontstaan op %1</source>
        <translation>Arose on %1</translation>
    </message>
    <message>
        <source>Verwijdering accepteren</source>
        <translation>Accept the deletion</translation>
    </message>
    <message>
        <source>Toch verwijderen</source>
        <translation>Delete anyway</translation>
    </message>
    <message>
        <source>Behouden</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Mijn waarde houden</source>
        <translation>Keep my value</translation>
    </message>
    <message>
        <source>Hun waarde nemen</source>
        <translation>Take their value</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Over wie</source>
        <translation>About whom</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Wie gaf toestemming</source>
        <translation>Who gave consent</translation>
    </message>
    <message>
        <source>bijvoorbeeld: moeder en Sophie</source>
        <translation>for example: mother and Sophie</translation>
    </message>
    <message>
        <source>Gegeven op</source>
        <translation>Given on</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: tot intrekking)</source>
        <translation>dd-mm-yyyy (empty: until withdrawn)</translation>
    </message>
    <message>
        <source>Over wie:</source>
        <translation>About whom:</translation>
    </message>
    <message>
        <source>Doel:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Ontvanger:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Gegeven door:</source>
        <translation>Given by:</translation>
    </message>
    <message>
        <source>Wie:</source>
        <translation>Who:</translation>
    </message>
    <message>
        <source>Gegeven op:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <source>Geldig tot:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Nieuwe toestemming</source>
        <translation>New consent</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Kies een toestemming in de lijst. Wat eerder gedeeld is, blijft vastgelegd; vanaf deze datum wordt er niets meer op gedeeld.</source>
        <translation>Choose a consent in the list. What was shared before stays recorded; from this date nothing more is shared on it.</translation>
    </message>
    <message>
        <source>Ingetrokken op:</source>
        <translation>Withdrawn on:</translation>
    </message>
    <message>
        <source>Het hele gezin</source>
        <translation>The whole family</translation>
    </message>
    <message>
        <source>Volgens de leeftijd: %1</source>
        <translation>By age: %1</translation>
    </message>
    <message>
        <source>Volgens de leeftijd geeft %1 toestemming.</source>
        <translation>By age, %1 gives consent.</translation>
    </message>
    <message>
        <source>Deze datum moet na de datum van geven liggen.</source>
        <translation>This date must be after the date it was given.</translation>
    </message>
    <message>
        <source>Intrekken kan niet vóór de datum waarop de toestemming is gegeven.</source>
        <translation>Consent cannot be withdrawn before the date it was given.</translation>
    </message>
    <message>
        <source>Deze toestemming is al ingetrokken.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>bijv. oma, buurvrouw, huisarts</source>
        <translation>e.g. grandmother, neighbour, GP</translation>
    </message>
    <message>
        <source>Naam *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nabijheid</source>
        <translation>Closeness</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Soort document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Het voorbeeld wordt gemaakt…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <source>Er is geen voorbeeld: %1</source>
        <translation>There is no preview: %1</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>%1 bestaat al. Vervangen?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Beveiligd met het wachtwoord dat u koos.</source>
        <translation>Protected with the password you chose.</translation>
    </message>
    <message>
        <source>Verstrekt aan %1 op grond van: %2.</source>
        <translation>Provided to %1 on the ground of: %2.</translation>
    </message>
    <message>
        <source>Verstrekt aan %1 op toestemming.</source>
        <translation>Provided to %1 on consent.</translation>
    </message>
    <message>
        <source>Niet verstrekt: zie de melding bij de ontvanger.</source>
        <translation>Not provided: see the message at the recipient.</translation>
    </message>
    <message>
        <source>Niet opgeslagen. %1</source>
        <translation>Not saved. %1</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Regie overdragen</source>
        <translation>Hand over the case</translation>
    </message>
    <message>
        <source>Nieuwe casusregisseur</source>
        <translation>New case director</translation>
    </message>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Reden van de overdracht</source>
        <translation>Reason for the handover</translation>
    </message>
    <message>
        <source>Nu:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>Nieuwe casusregisseur:</source>
        <translation>New case director:</translation>
    </message>
    <message>
        <source>Reden:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Overdragen</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Een casus heeft altijd één casusregisseur. Aan wie draagt u de regie over?</source>
        <translation>A case always has one case director. Who do you hand the case over to?</translation>
    </message>
    <message>
        <source> (ander team)</source>
        <translation> (other team)</translation>
    </message>
</context>
<context>
    <name>HouseholdPlaceForm</name>
    <message>
        <source>Gemeente *</source>
        <translation>Municipality *</translation>
    </message>
    <message>
        <source>Team *</source>
        <translation>Team *</translation>
    </message>
</context>
<context>
    <name>HouseholdView</name>
    <message>
        <source>Adres wijzigen</source>
        <translation>Change address</translation>
    </message>
    <message>
        <source>Naam en adres</source>
        <translation>Name and address</translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Gezinslid &amp;toevoegen</source>
        <translation>&amp;Add member</translation>
    </message>
    <message>
        <source>Gezinslid &amp;wijzigen</source>
        <translation>&amp;Edit member</translation>
    </message>
    <message>
        <source>Gezinslid verwijderen</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Contact t&amp;oevoegen</source>
        <translation>Add &amp;contact</translation>
    </message>
    <message>
        <source>Contact verwijderen</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Klik op een lege plek in de kaart om iemand toe te voegen, op een persoon om te wijzigen, of sleep iemand dichterbij of verder weg. Met het toetsenbord: pijltjes links/rechts kiezen, omhoog/omlaag verplaatsen, Enter wijzigt, Insert voegt toe.</source>
        <translation>Click an empty spot on the map to add someone, click a person to edit them, or drag someone closer or further away. With the keyboard: left/right arrows choose, up/down move, Enter edits, Insert adds.</translation>
    </message>
    <message>
        <source>Netwerkkaart</source>
        <translation>Network map</translation>
    </message>
    <message>
        <source>Nieuw gezinslid</source>
        <translation>New household member</translation>
    </message>
    <message>
        <source>%1 wijzigen</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Nieuw contact</source>
        <translation>New contact</translation>
    </message>
</context>
<context>
    <name>InactivityLock</name>
    <message>
        <source>casedesk — vergrendeld</source>
        <translation>casedesk — locked</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Omhoog</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Down</translation>
    </message>
</context>
<context>
    <name>KitchenTableView</name>
    <message>
        <source>Ons gezinsplan</source>
        <translation>Our family plan</translation>
    </message>
    <message>
        <source>Afsluiten (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Keukentafelmodus verlaten</source>
        <translation>Leave kitchen table mode</translation>
    </message>
    <message>
        <source>Het plan van %1</source>
        <translation>The plan of %1</translation>
    </message>
    <message>
        <source>Samen afgesproken op %1 (versie %2).</source>
        <translation>Agreed together on %1 (version %2).</translation>
    </message>
    <message>
        <source>Dit plan maken we samen; het is nog niet afgesproken.</source>
        <translation>We make this plan together; it has not been agreed yet.</translation>
    </message>
</context>
<context>
    <name>LeaveKitchenDialog</name>
    <message>
        <source>Keukentafel verlaten</source>
        <translation>Leave kitchen table</translation>
    </message>
    <message>
        <source>Wachtwoordzin van uw profiel</source>
        <translation>Passphrase of your profile</translation>
    </message>
    <message>
        <source>De ontgrendelcode</source>
        <translation>The unlock code</translation>
    </message>
    <message>
        <source>Alleen de professional kan de keukentafelmodus verlaten.</source>
        <translation>Only the professional can leave kitchen table mode.</translation>
    </message>
    <message>
        <source>Dat klopt niet. Probeer het opnieuw.</source>
        <translation>That is not right. Try again.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Inloggen bij de regionale opslag</source>
        <translation>Log in to the regional store</translation>
    </message>
    <message>
        <source>Leeg: de certificaten van het systeem</source>
        <translation>Empty: the system&apos;s certificates</translation>
    </message>
    <message>
        <source>Adres van de server</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>CA-bestand</source>
        <translation>CA file</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;CA-bestand (optioneel)</source>
        <translation>&amp;CA file (optional)</translation>
    </message>
    <message>
        <source>Bezig met inloggen…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Inloggen</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Koppel dit profiel aan de regionale opslag. Daarna worden uw casussen op de achtergrond gesynchroniseerd; zonder verbinding werkt u gewoon door.</source>
        <translation>Link this profile to the regional store. Your cases are then synchronised in the background; without a connection you simply keep working.</translation>
    </message>
    <message>
        <source>CA-bestand kiezen</source>
        <translation>Choose CA file</translation>
    </message>
    <message>
        <source>Certificaten (*.pem *.crt);;Alle bestanden (*)</source>
        <translation>Certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Er loopt nog een synchronisatie; probeer het zo meteen opnieuw.</source>
        <translation>A synchronisation is still running; try again in a moment.</translation>
    </message>
    <message>
        <source>Dit profiel hoort bij een andere gebruiker of server. Log in als die gebruiker, of gebruik een ander profiel.</source>
        <translation>This profile belongs to another user or server. Log in as that user, or use another profile.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Casussen</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>18+</source>
        <translation>18+</translation>
    </message>
    <message>
        <source>Toekomstplan 18+</source>
        <translation>Future plan 18+</translation>
    </message>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Overlegtafels</source>
        <translation>Case tables</translation>
    </message>
    <message>
        <source>Aanmelden bij overlegtafel</source>
        <translation>Submit to case table</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>optioneel, 9 cijfers</source>
        <translation>optional, 9 digits</translation>
    </message>
    <message>
        <source>Heeft gezag</source>
        <translation>Has custody</translation>
    </message>
    <message>
        <source>Voornaam *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Achternaam *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Werkoverzicht</source>
        <translation>Work overview</translation>
    </message>
    <message>
        <source>Nieuwe aanmelding…</source>
        <translation>New referral…</translation>
    </message>
    <message>
        <source>Een huishouden aanmelden (Ctrl+N)</source>
        <translation>Refer a household (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mijn casussen per stap</source>
        <translation>My cases by step</translation>
    </message>
    <message>
        <source>Kies een stap om die casussen in de lijst te zien</source>
        <translation>Choose a step to see those cases in the list</translation>
    </message>
    <message>
        <source>Evaluaties van mijn casussen</source>
        <translation>Reviews of my cases</translation>
    </message>
    <message>
        <source>Kies een balk om de lijst te openen</source>
        <translation>Choose a bar to open the list</translation>
    </message>
    <message>
        <source>Evaluaties verlopen of binnenkort</source>
        <translation>Reviews overdue or soon</translation>
    </message>
    <message>
        <source>Geen evaluaties die verlopen zijn of binnen twee weken vallen.</source>
        <translation>No reviews overdue or due within two weeks.</translation>
    </message>
    <message>
        <source>Afspraken verlopen of binnenkort</source>
        <translation>Agreements overdue or soon</translation>
    </message>
    <message>
        <source>Geen open afspraken in de komende twee weken.</source>
        <translation>No open agreements in the next two weeks.</translation>
    </message>
    <message>
        <source>Wordt binnen een jaar 18</source>
        <translation>Turns 18 within a year</translation>
    </message>
    <message>
        <source>Niemand in uw casussen wordt het komende jaar 18.</source>
        <translation>Nobody in your cases turns 18 in the coming year.</translation>
    </message>
    <message>
        <source>Recente wijzigingen</source>
        <translation>Recent changes</translation>
    </message>
    <message>
        <source>Geen wijzigingen in de afgelopen dertig dagen.</source>
        <translation>No changes in the last thirty days.</translation>
    </message>
    <message>
        <source>1 casus in totaal</source>
        <translation>1 case in total</translation>
    </message>
    <message>
        <source>%1 casussen in totaal</source>
        <translation>%1 cases in total</translation>
    </message>
    <message>
        <source>, waarvan %1 op waakvlam</source>
        <translation>, of which %1 dormant</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>casedesk — profiel openen</source>
        <translation>casedesk — open profile</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin van dit profiel:</source>
        <translation>Passphrase of this profile:</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Wachtwoord herhalen</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Met een wachtwoord beveiligen</source>
        <translation>Protect with a password</translation>
    </message>
    <message>
        <source>Voor een PDF die per e-mail verstuurd wordt</source>
        <translation>For a PDF sent by email</translation>
    </message>
    <message>
        <source>Voor een PDF die per e-mail gaat. Minstens %1 tekens. Geef het wachtwoord apart door, bijvoorbeeld telefonisch; niet in dezelfde e-mail.</source>
        <translation>For a PDF sent by email. At least %1 characters. Pass the password on separately, for example by phone; not in the same email.</translation>
    </message>
    <message>
        <source>Herhaal</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Het wachtwoord moet minstens %1 tekens hebben.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden verschillen.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Voorbeeld van de PDF</source>
        <translation>Preview of the PDF</translation>
    </message>
    <message>
        <source>Pagina %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Het programma pdftoppm (poppler-utils) ontbreekt, dus hier staat alleen de tekst van elke pagina. De PDF zelf wordt gewoon volledig gemaakt.</source>
        <translation>The program pdftoppm (poppler-utils) is missing, so only the text of each page is shown here. The PDF itself is still made in full.</translation>
    </message>
    <message>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Privacy: auditlog en bewaartermijn</source>
        <translation>Privacy: audit log and retention period</translation>
    </message>
    <message>
        <source>casus-id</source>
        <translation>case id</translation>
    </message>
    <message>
        <source>naam of BSN</source>
        <translation>name or BSN</translation>
    </message>
    <message>
        <source>gebruikersnaam of naam</source>
        <translation>user name or name</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Exporteren (CSV)…</source>
        <translation>Export (CSV)…</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Auditlog: wie heeft wat bekeken, gewijzigd, geëxporteerd of gesynchroniseerd</source>
        <translation>Audit log: who viewed, changed, exported or synchronised what</translation>
    </message>
    <message>
        <source>Te vernietigen dossiers</source>
        <translation>Files to destroy</translation>
    </message>
    <message>
        <source>Vernietigen…</source>
        <translation>Destroy…</translation>
    </message>
    <message>
        <source>Bewaartermijn in jaren</source>
        <translation>Retention period in years</translation>
    </message>
    <message>
        <source>standaard</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Bewaartermijn (jaren na sluiten):</source>
        <translation>Retention period (years after closing):</translation>
    </message>
    <message>
        <source>Bewaartermijn verstreken</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <source>Doorbroken toegang</source>
        <translation>Broken-glass access</translation>
    </message>
    <message>
        <source>Doorbroken toegang (break the glass)</source>
        <translation>Broken-glass access (break the glass)</translation>
    </message>
    <message>
        <source>Wie een casus buiten de eigen toegang opende, met de opgegeven reden. Dubbelklik: het auditlog van die casus.</source>
        <translation>Who opened a case outside their own access, with the reason given. Double-click: the audit log of that case.</translation>
    </message>
    <message>
        <source>Leeg: de termijn van de gemeente (%1 jaar).</source>
        <translation>Empty: the municipality&apos;s period (%1 years).</translation>
    </message>
    <message>
        <source>Geldt op dit apparaat in plaats van die van de gemeente (%1 jaar); leeg maken zet die terug.</source>
        <translation>Applies on this device instead of the municipality&apos;s (%1 years); clearing it restores that.</translation>
    </message>
    <message>
        <source>Kies een bewaartermijn van 1 tot en met 99 jaar.</source>
        <translation>Choose a retention period of 1 to 99 years.</translation>
    </message>
    <message>
        <source>Hashketen intact: alle %1 vermeldingen gecontroleerd.</source>
        <translation>Hash chain intact: all %1 entries checked.</translation>
    </message>
    <message>
        <source>Hashketen verbroken bij vermelding %1: deze of een eerdere vermelding is gewijzigd of verwijderd.</source>
        <translation>Hash chain broken at entry %1: this or an earlier entry was changed or deleted.</translation>
    </message>
    <message>
        <source>Getoond: %1</source>
        <translation>Shown: %1</translation>
    </message>
    <message>
        <source> (de nieuwste)</source>
        <translation> (the newest)</translation>
    </message>
    <message>
        <source>Gesloten casussen waarvan de bewaartermijn (standaard 20 jaar na sluiten) verstreken is. Vernietigen verwijdert alle persoonsgegevens; alleen een auditvermelding zonder gegevens blijft. Aantal: %1.</source>
        <translation>Closed cases whose retention period (by default 20 years after closing) has expired. Destroying removes all personal data; only an audit entry without data remains. Number: %1.</translation>
    </message>
    <message>
        <source>Dossier vernietigen</source>
        <translation>Destroy file</translation>
    </message>
    <message>
        <source>Casus %1 en alle persoonsgegevens erin worden definitief vernietigd, ook op andere apparaten. Dit kan niet ongedaan worden.</source>
        <translation>Case %1 and all personal data in it will be destroyed permanently, on other devices too. This cannot be undone.</translation>
    </message>
    <message>
        <source>Auditlog exporteren</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RecipientBox</name>
    <message>
        <source>Verstrekken aan een ontvanger</source>
        <translation>Provide to a recipient</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Wettelijke grondslag</source>
        <translation>Legal ground</translation>
    </message>
    <message>
        <source>— geen (op toestemming) —</source>
        <translation>— none (on consent) —</translation>
    </message>
    <message>
        <source>Reden voor verstrekken zonder toestemming</source>
        <translation>Reason for providing without consent</translation>
    </message>
    <message>
        <source>Waarom? (zonder namen)</source>
        <translation>Why? (no names)</translation>
    </message>
    <message>
        <source>Een inzage is het recht van de persoon zelf en gaat niet naar een ontvanger; verstrekken kan met het gezinsplan of het toekomstplan.</source>
        <translation>An access export is the person&apos;s own right and does not go to a recipient; the family plan or the future plan can be provided.</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Vul de ontvanger in.</source>
        <translation>Enter the recipient.</translation>
    </message>
    <message>
        <source>Er is geen geldige toestemming voor deze ontvanger en dit doel. Kies een wettelijke grondslag en schrijf de reden op.</source>
        <translation>There is no valid consent for this recipient and purpose. Choose a legal ground and write down the reason.</translation>
    </message>
    <message>
        <source>Een grondslag vraagt om een reden.</source>
        <translation>A legal ground needs a reason.</translation>
    </message>
    <message>
        <source>Er is geen toestemming voor deze ontvanger vastgelegd.</source>
        <translation>No consent is recorded for this recipient.</translation>
    </message>
    <message>
        <source>geldig tot %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>zonder einddatum</source>
        <translation>without an end date</translation>
    </message>
    <message>
        <source>Op toestemming: ‘%1’, gegeven door %2 (%3) op %4, %5.</source>
        <translation>On consent: ‘%1’, given by %2 (%3) on %4, %5.</translation>
    </message>
    <message>
        <source>De toestemming ‘%1’ is ingetrokken op %2: die telt niet.</source>
        <translation>The consent ‘%1’ was withdrawn on %2: it does not count.</translation>
    </message>
    <message>
        <source>De toestemming ‘%1’ is verlopen op %2: die telt niet.</source>
        <translation>The consent ‘%1’ expired on %2: it does not count.</translation>
    </message>
    <message>
        <source>De toestemming ‘%1’ gaat pas in op %2: die telt nog niet.</source>
        <translation>The consent ‘%1’ only starts on %2: it does not count yet.</translation>
    </message>
    <message>
        <source>De toestemming ‘%1’ is gegeven door %2; nodig is %3: die telt niet.</source>
        <translation>The consent ‘%1’ was given by %2; %3 is needed: it does not count.</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <source>Nieuwe aanmelding</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>&amp;Nieuw huishouden registreren</source>
        <translation>Register a &amp;new household</translation>
    </message>
    <message>
        <source>&amp;Bestaand huishouden zoeken</source>
        <translation>Find an &amp;existing household</translation>
    </message>
    <message>
        <source>+ Gezinslid toevoegen</source>
        <translation>+ Add household member</translation>
    </message>
    <message>
        <source>+ Netwerkcontact toevoegen</source>
        <translation>+ Add network contact</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Netwerk (grootouders, buren, school, huisarts…)</source>
        <translation>Network (grandparents, neighbours, school, GP…)</translation>
    </message>
    <message>
        <source>Zoek op naam, geboortedatum (dd-mm-jjjj), BSN of adres</source>
        <translation>Search by name, date of birth (dd-mm-yyyy), BSN or address</translation>
    </message>
    <message>
        <source>Huishouden zoeken</source>
        <translation>Find household</translation>
    </message>
    <message>
        <source>Gevonden huishoudens</source>
        <translation>Households found</translation>
    </message>
    <message>
        <source>Casus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Mogelijk hetzelfde huishouden</source>
        <translation>Possibly the same household</translation>
    </message>
    <message>
        <source>Dit huishouden &amp;gebruiken</source>
        <translation>&amp;Use this household</translation>
    </message>
    <message>
        <source>&amp;Toch nieuw registreren</source>
        <translation>Register as new &amp;anyway</translation>
    </message>
    <message>
        <source>Bestaat dit huishouden al?</source>
        <translation>Is this household registered already?</translation>
    </message>
    <message>
        <source>Er is al een huishouden dat erop lijkt. Gebruik het bestaande huishouden, of registreer toch een nieuw huishouden.</source>
        <translation>There is a household that looks like this one. Use the existing household, or register a new one anyway.</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Huishouden registreren en casus openen (Ctrl+Enter)</source>
        <translation>Register the household and open its case (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Gezinslid verwijderen</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>Contact verwijderen</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Gezinslid %1</source>
        <translation>Household member %1</translation>
    </message>
    <message>
        <source>Netwerkcontact %1</source>
        <translation>Network contact %1</translation>
    </message>
    <message>
        <source>Gezin %1</source>
        <translation>%1 family</translation>
    </message>
    <message>
        <source>%1 heeft al een lopende casus; die is geopend.</source>
        <translation>%1 already has a running case; it has been opened.</translation>
    </message>
    <message>
        <source>Aangemeld: het huishouden is geregistreerd en de casus is geopend.</source>
        <translation>Referred: the household is registered and its case is open.</translation>
    </message>
    <message>
        <source>De eerste %1 huishoudens; maak de zoekopdracht preciezer.</source>
        <translation>The first %1 households; make the search more precise.</translation>
    </message>
    <message>
        <source>1 huishouden gevonden</source>
        <translation>1 household found</translation>
    </message>
    <message>
        <source>%1 huishoudens gevonden</source>
        <translation>%1 households found</translation>
    </message>
    <message>
        <source>Lopende casus tonen</source>
        <translation>Show running case</translation>
    </message>
    <message>
        <source>Casus openen voor dit huishouden</source>
        <translation>Open a case for this household</translation>
    </message>
    <message>
        <source>Kies eerst een huishouden in de lijst.</source>
        <translation>First choose a household in the list.</translation>
    </message>
    <message>
        <source>De casus is geopend.</source>
        <translation>The case is open.</translation>
    </message>
    <message>
        <source>Niet opgeslagen: verbeter de rood gemarkeerde velden.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>StepControls</name>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>— kies een besluit —</source>
        <translation>— choose a decision —</translation>
    </message>
    <message>
        <source>Geen jeugdhulp nodig…</source>
        <translation>No youth care needed…</translation>
    </message>
    <message>
        <source>Casus sluiten: geen jeugdhulp nodig</source>
        <translation>Close the case: no youth care needed</translation>
    </message>
    <message>
        <source>Casus heropenen</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <source>Besluit:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Toelichting bij het besluit (mag leeg)</source>
        <translation>Explanation of the decision (may be empty)</translation>
    </message>
    <message>
        <source>Toetsing afronden</source>
        <translation>Conclude the review</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kies een besluit.</source>
        <translation>Choose a decision.</translation>
    </message>
    <message>
        <source>Waarom is geen jeugdhulp nodig? (bijv. collectieve voorziening, eigen kracht)</source>
        <translation>Why is no youth care needed? (e.g. a universal service, own strength)</translation>
    </message>
    <message>
        <source>Deze casus is gesloten.</source>
        <translation>This case is closed.</translation>
    </message>
    <message>
        <source>Deze casus staat in stap %1: %2.</source>
        <translation>This case is in step %1: %2.</translation>
    </message>
    <message>
        <source>Deze casus staat op waakvlam.</source>
        <translation>This case is dormant.</translation>
    </message>
    <message>
        <source> of de vervanger, %1</source>
        <translation> or the stand-in, %1</translation>
    </message>
    <message>
        <source>Alleen de casusregisseur (%1) rondt een stap af. U kunt wel een bijdrage toevoegen.</source>
        <translation>Only the case director (%1) concludes a step. You can add a contribution.</translation>
    </message>
    <message>
        <source>Waarom gaat de casus weer open?</source>
        <translation>Why is the case reopening?</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Nu synchroniseren</source>
        <translation>Synchronise now</translation>
    </message>
    <message>
        <source>Nu synchroniseren (%1)</source>
        <translation>Synchronise now (%1)</translation>
    </message>
    <message>
        <source>casedesk — apparaat ingetrokken</source>
        <translation>casedesk — device revoked</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Voortgang van de synchronisatie</source>
        <translation>Synchronisation progress</translation>
    </message>
    <message>
        <source>Open conflicten</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Inloggen…</source>
        <translation>Log in…</translation>
    </message>
    <message>
        <source>Synchroniseren…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>%n wijziging verzonden</source>
        <translation>%n change sent</translation>
    </message>
    <message>
        <source>%n wijzigingen verzonden</source>
        <translation>%n changes sent</translation>
    </message>
    <message>
        <source>%n gegeven ontvangen</source>
        <translation>%n record received</translation>
    </message>
    <message>
        <source>%n gegevens ontvangen</source>
        <translation>%n records received</translation>
    </message>
    <message>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>Laatst gesynchroniseerd %1</source>
        <translation>Last synchronised %1</translation>
    </message>
    <message>
        <source>Opnieuw inloggen…</source>
        <translation>Log in again…</translation>
    </message>
    <message>
        <source>%n conflict</source>
        <translation>%n conflict</translation>
    </message>
    <message>
        <source>%n conflicten</source>
        <translation>%n conflicts</translation>
    </message>
    <message>
        <source>Niet gekoppeld aan de regionale opslag</source>
        <translation>Not linked to the regional store</translation>
    </message>
    <message>
        <source>Synchroniseren mislukt</source>
        <translation>Synchronisation failed</translation>
    </message>
    <message>
        <source>%n wijziging wacht</source>
        <translation>%n change waiting</translation>
    </message>
    <message>
        <source>%n wijzigingen wachten</source>
        <translation>%n changes waiting</translation>
    </message>
    <message>
        <source>%n wijziging geweigerd</source>
        <translation>%n change refused</translation>
    </message>
    <message>
        <source>%n wijzigingen geweigerd</source>
        <translation>%n changes refused</translation>
    </message>
</context>
<context>
    <name>TeamCountsView</name>
    <message>
        <source>&lt;b&gt;Lopende casussen per stap&lt;/b&gt;</source>
        <translation>&lt;b&gt;Open cases per step&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Casussen per status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cases per status&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Als teamleider ziet u aantallen, geen dossiers.</source>
        <translation>As team leader you see numbers, not files.</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Evaluatie te laat: %1 van %2 lopende casussen</source>
        <translation>Review overdue: %1 of %2 open cases</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>Throttle</name>
    <message>
        <source>Dat klopt niet, al %1 keer. U kunt het over %2 seconden opnieuw proberen.</source>
        <translation>That is not right, %1 times now. You can try again in %2 seconds.</translation>
    </message>
</context>
<context>
    <name>UnlockCodeDialog</name>
    <message>
        <source>Keukentafel — ontgrendelcode kiezen</source>
        <translation>Kitchen table — choose an unlock code</translation>
    </message>
    <message>
        <source>Ontgrendelcode</source>
        <translation>Unlock code</translation>
    </message>
    <message>
        <source>Ontgrendelcode herhalen</source>
        <translation>Repeat unlock code</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Nog een keer:</source>
        <translation>Once more:</translation>
    </message>
    <message>
        <source>Kies een code van minstens %1 tekens. Alleen met deze code verlaat u straks de keukentafelmodus. De code geldt alleen nu en wordt nergens bewaard.</source>
        <translation>Choose a code of at least %1 characters. Only with this code can you leave kitchen table mode later. The code is for now only and is not stored anywhere.</translation>
    </message>
    <message>
        <source>Minstens %1 tekens.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>De twee codes zijn niet gelijk.</source>
        <translation>The two codes are not the same.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>casedesk — vergrendeld</source>
        <translation>casedesk — locked</translation>
    </message>
    <message>
        <source>casedesk is vergrendeld</source>
        <translation>casedesk is locked</translation>
    </message>
    <message>
        <source>Wachtwoordzin van uw profiel</source>
        <translation>Your profile&apos;s passphrase</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Bezig met controleren…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Er is een tijd niet gewerkt. Vul de wachtwoordzin van uw profiel in om verder te gaan; niets is verloren.</source>
        <translation>Nobody has worked for a while. Enter your profile&apos;s passphrase to go on; nothing is lost.</translation>
    </message>
    <message>
        <source>Wachtwoordzin:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Er is een tijd niet gewerkt. Vul het wachtwoord in waarmee u zich op deze computer aanmeldt (gebruikersnaam %1) om verder te gaan; niets is verloren.</source>
        <translation>Nobody has worked here for a while. Enter the password you sign in to this computer with (user name %1) to continue; nothing is lost.</translation>
    </message>
    <message>
        <source>Wachtwoord van uw computeraccount:</source>
        <translation>Password of your computer account:</translation>
    </message>
    <message>
        <source>Wachtwoord van uw computeraccount</source>
        <translation>Password of your computer account</translation>
    </message>
    <message>
        <source>Dit wachtwoord klopt niet. Probeer het opnieuw.</source>
        <translation>This password is not right. Try again.</translation>
    </message>
    <message>
        <source>Er is een tijd niet gewerkt. De sleutel van dit profiel staat in de sleutelbos van uw computeraccount, dus er is geen wachtwoordzin: vergrendel uw computer zelf (Windows-toets+L, of Ctrl+Cmd+Q op een Mac) als u wegloopt. Dit scherm verbergt intussen de gegevens.</source>
        <translation>Nobody has worked for a while. This profile&apos;s key is in your computer account&apos;s keyring, so there is no passphrase: lock your computer yourself (Windows key+L, or Ctrl+Cmd+Q on a Mac) when you walk away. Meanwhile this screen hides the data.</translation>
    </message>
    <message>
        <source>Het wachtwoord van uw computeraccount kan op deze computer niet worden gecontroleerd.</source>
        <translation>The password of your computer account cannot be checked on this computer.</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin klopt niet. Probeer het opnieuw.</source>
        <translation>This passphrase is wrong. Try again.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Er is nog geen profiel in %1.
Maak er een met &apos;casedesk init&apos; of probeer casedesk met &apos;casedesk demo&apos;.</source>
        <translation>There is no profile in %1 yet.
Create one with &apos;casedesk init&apos; or try casedesk with &apos;casedesk demo&apos;.</translation>
    </message>
</context>
<context>
    <name>casus</name>
    <message>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Wat wil %1 dat er verandert?</source>
        <translation>What does %1 want to change?</translation>
    </message>
    <message>
        <source>Wensen</source>
        <translation>Wishes</translation>
    </message>
    <message>
        <source>Wat wenst %1?</source>
        <translation>What does %1 wish for?</translation>
    </message>
    <message>
        <source>Dromen</source>
        <translation>Dreams</translation>
    </message>
    <message>
        <source>Waar droomt %1 van?</source>
        <translation>What does %1 dream of?</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>De wachtwoordzin klopt niet, of dit bestand hoort niet bij dit profiel.</source>
        <translation>The passphrase is wrong, or this file does not belong to this profile.</translation>
    </message>
    <message>
        <source>Deze gegevens zijn gemaakt met een nieuwere versie van casedesk. Installeer de nieuwste versie.</source>
        <translation>This data was made by a newer version of casedesk. Install the latest version.</translation>
    </message>
    <message>
        <source>Het databasebestand is beschadigd. Herstel het uit de back-upmap of haal de gegevens opnieuw op bij de regionale opslag.</source>
        <translation>The database file is damaged. Restore it from the backup folder or fetch the data again from the regional store.</translation>
    </message>
    <message>
        <source>De schijf is vol. De laatste wijziging is niet opgeslagen; maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The disk is full. The last change was not saved; free some space and try again.</translation>
    </message>
    <message>
        <source>Het profiel kan niet worden geopend.</source>
        <translation>The profile cannot be opened.</translation>
    </message>
    <message>
        <source>Voor dit profiel is een wachtwoordzin nodig.</source>
        <translation>This profile needs a passphrase.</translation>
    </message>
    <message>
        <source>Geen verbinding met de regionale opslag. U kunt gewoon doorwerken; alles wordt later gesynchroniseerd.</source>
        <translation>No connection to the regional store. You can keep working; everything is synchronised later.</translation>
    </message>
    <message>
        <source>Dit huishouden heeft al een lopende casus: één gezin, één plan. Open die casus.</source>
        <translation>This household already has a running case: one family, one plan. Open that case.</translation>
    </message>
    <message>
        <source>Alleen de casusregisseur of de vervanger kan dit doen. U kunt wel een bijdrage toevoegen.</source>
        <translation>Only the case director or the stand-in can do this. You can add a contribution.</translation>
    </message>
    <message>
        <source>Deze casus is gesloten. Heropen hem eerst.</source>
        <translation>This case is closed. Reopen it first.</translation>
    </message>
    <message>
        <source>De casus is intussen in een andere stap gekomen. Bekijk hem opnieuw.</source>
        <translation>The case has moved to another step in the meantime. Look at it again.</translation>
    </message>
    <message>
        <source>Kies een besluit om de toetsing af te ronden.</source>
        <translation>Choose a decision to conclude the review.</translation>
    </message>
    <message>
        <source>Dit besluit hoort niet bij deze stap.</source>
        <translation>This decision does not belong to this step.</translation>
    </message>
    <message>
        <source>De casus heeft deze regie al.</source>
        <translation>The case already has this case direction.</translation>
    </message>
    <message>
        <source>De casus is al open.</source>
        <translation>The case is already open.</translation>
    </message>
    <message>
        <source>De verbinding met de regionale opslag viel weg tijdens het synchroniseren. Er is niets verloren; de volgende synchronisatie maakt het af.</source>
        <translation>The connection to the regional store dropped during synchronisation. Nothing is lost; the next synchronisation completes it.</translation>
    </message>
    <message>
        <source>Het certificaat van de server wordt niet vertrouwd. Controleer het adres en het CA-bestand, of vraag de beheerder van uw regio.</source>
        <translation>The server&apos;s certificate is not trusted. Check the address and the CA file, or ask your region&apos;s administrator.</translation>
    </message>
    <message>
        <source>Dit profiel is niet gekoppeld aan de regionale opslag. Log in om te synchroniseren.</source>
        <translation>This profile is not linked to the regional store. Log in to synchronise.</translation>
    </message>
    <message>
        <source>De gebruikersnaam of het wachtwoord klopt niet.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>Uw aanmelding bij de regionale opslag is verlopen. Log opnieuw in; uw wijzigingen blijven bewaard tot dan.</source>
        <translation>Your login to the regional store has expired. Log in again; your changes are kept until then.</translation>
    </message>
    <message>
        <source>De regionale opslag gebruikt een andere versie van casedesk. Installeer de versie van uw regio; uw wijzigingen blijven bewaard.</source>
        <translation>The regional store runs another version of casedesk. Install your region&apos;s version; your changes are kept.</translation>
    </message>
    <message>
        <source>Op dit adres draait geen regionale opslag van casedesk. Controleer het adres.</source>
        <translation>No casedesk regional store runs at this address. Check the address.</translation>
    </message>
    <message>
        <source>De regionale opslag heeft het even druk. Synchroniseer over een paar minuten opnieuw.</source>
        <translation>The regional store is busy. Synchronise again in a few minutes.</translation>
    </message>
    <message>
        <source>De regionale opslag kon het verzoek niet afhandelen. Er is niets verloren; probeer het later opnieuw of meld het bij de beheerder.</source>
        <translation>The regional store could not handle the request. Nothing is lost; try again later or report it to the administrator.</translation>
    </message>
    <message>
        <source>Dit apparaat is ingetrokken door de beheerder van de regionale opslag. Alle gegevens van dit profiel en de sleutel zijn van dit apparaat gewist. Het profiel wordt gesloten.</source>
        <translation>This device was revoked by the administrator of the regional store. All data of this profile and its key have been erased from this device. The profile will close.</translation>
    </message>
    <message>
        <source>Dit conflict is al opgelost.</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <source>Deze keuze is bij dit conflict niet mogelijk.</source>
        <translation>This choice is not possible for this conflict.</translation>
    </message>
    <message>
        <source>Dit is geen geldig BSN (elfproef).</source>
        <translation>This is not a valid BSN (eleven test).</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de startdatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Dit is geen e-mailadres.</source>
        <translation>This is not an email address.</translation>
    </message>
    <message>
        <source>Schrijf de postcode als 1234 AB.</source>
        <translation>Write the postcode as 1234 AB.</translation>
    </message>
    <message>
        <source>Voeg ten minste één gezinslid toe.</source>
        <translation>Add at least one household member.</translation>
    </message>
    <message>
        <source>Kies 1 (dichtbij), 2 of 3 (verder weg).</source>
        <translation>Choose 1 (close), 2 or 3 (further away).</translation>
    </message>
    <message>
        <source>Dit is geen datum. Schrijf hem als dd-mm-jjjj, bijvoorbeeld 15-03-2027.</source>
        <translation>This is not a date. Write it as dd-mm-yyyy, for example 15-03-2027.</translation>
    </message>
    <message>
        <source>Deze datum ligt in het verleden.</source>
        <translation>This date lies in the past.</translation>
    </message>
    <message>
        <source>Dit is geen bedrag. Schrijf het als bijvoorbeeld 1.250,00.</source>
        <translation>This is not an amount. Write it as, for example, 1.250,00.</translation>
    </message>
    <message>
        <source>Een bedrag kan niet negatief zijn.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>Gebruik hoogstens twee cijfers achter de komma (centen).</source>
        <translation>Use at most two decimals (cents).</translation>
    </message>
    <message>
        <source>Het doel van deze hulp staat niet meer in het plan; kies een ander doel.</source>
        <translation>The goal of this support is no longer in the plan; choose another goal.</translation>
    </message>
    <message>
        <source>Deze keuze is onbekend; kies opnieuw.</source>
        <translation>This choice is unknown; choose again.</translation>
    </message>
    <message>
        <source>Deze professional is al de casusregisseur.</source>
        <translation>This professional is already the case director.</translation>
    </message>
    <message>
        <source>Kies een startleeftijd van 15 tot en met 17,5 jaar.</source>
        <translation>Choose a start age from 15 up to and including 17.5 years.</translation>
    </message>
    <message>
        <source>Verlengde jeugdhulp loopt tot een leeftijd van 19 tot en met 23 jaar.</source>
        <translation>Extended youth care runs to an age from 19 up to and including 23 years.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Casusregisseur</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>Gezinscoach</source>
        <translation>Family coach</translation>
    </message>
    <message>
        <source>Tafelsecretaris</source>
        <translation>Table secretary</translation>
    </message>
    <message>
        <source>Teamleider</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Privacy officer</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Jeugdige</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Verzorger</source>
        <translation>Carer</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Informeel</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Professioneel netwerk</source>
        <translation>Professional network</translation>
    </message>
    <message>
        <source>Zelf (gezin)</source>
        <translation>Self (family)</translation>
    </message>
    <message>
        <source>Huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Jeugdarts</source>
        <translation>Youth doctor</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Gecertificeerde instelling</source>
        <translation>Certified institution (GI)</translation>
    </message>
    <message>
        <source>Veilig Thuis betrokken</source>
        <translation>Veilig Thuis involved</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Overig gezinslid</source>
        <translation>Other household member</translation>
    </message>
    <message>
        <source>Informeel netwerk</source>
        <translation>Informal network</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Medisch specialist</source>
        <translation>Medical specialist</translation>
    </message>
    <message>
        <source>Rechter</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waakvlam</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Vraaganalyse</source>
        <translation>Question analysis</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Middelen</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Toetsing</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Afronden</source>
        <translation>Conclude</translation>
    </message>
    <message>
        <source>Afschalen</source>
        <translation>Scale down</translation>
    </message>
    <message>
        <source>Bijstellen (terug naar resultaat)</source>
        <translation>Revise (back to result)</translation>
    </message>
    <message>
        <source>Bijstellen (terug naar middelen)</source>
        <translation>Revise (back to means)</translation>
    </message>
    <message>
        <source>Opschalen</source>
        <translation>Scale up</translation>
    </message>
    <message>
        <source>Geen jeugdhulp nodig</source>
        <translation>No youth care needed</translation>
    </message>
    <message>
        <source>Lokaal, vrijwillig</source>
        <translation>Local, voluntary</translation>
    </message>
    <message>
        <source>GI-maatregel</source>
        <translation>GI measure</translation>
    </message>
    <message>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Trauma</source>
        <translation>Trauma</translation>
    </message>
    <message>
        <source>Medische zorg</source>
        <translation>Medical care</translation>
    </message>
    <message>
        <source>Armoede en schulden</source>
        <translation>Poverty and debt</translation>
    </message>
    <message>
        <source>Onderwijs</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Niet beoordeeld</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Veilig</source>
        <translation>Safe</translation>
    </message>
    <message>
        <source>Zorgen over veiligheid</source>
        <translation>Safety concerns</translation>
    </message>
    <message>
        <source>Onveilig</source>
        <translation>Unsafe</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Kracht</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Gezin</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Voorliggend veld</source>
        <translation>Universal services</translation>
    </message>
    <message>
        <source>Lokaal team</source>
        <translation>Local team</translation>
    </message>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <translation>Youth Act</translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation>Wmo</translation>
    </message>
    <message>
        <source>Zvw</source>
        <translation>Zvw</translation>
    </message>
    <message>
        <source>Wlz</source>
        <translation>Wlz</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <translation>Participation Act</translation>
    </message>
    <message>
        <source>Passend onderwijs</source>
        <translation>Inclusive education</translation>
    </message>
    <message>
        <source>Schuldhulpverlening</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <source>Bereikt</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Deels bereikt</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <source>Niet bereikt</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>In persoon</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>Met handtekening</source>
        <translation>With signature</translation>
    </message>
    <message>
        <source>Meldcode</source>
        <translation>Reporting code</translation>
    </message>
    <message>
        <source>Wettelijke taak</source>
        <translation>Statutory task</translation>
    </message>
    <message>
        <source>Jeugdbescherming</source>
        <translation>Child protection</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Ontvankelijk</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Niet ontvankelijk</source>
        <translation>Not admissible</translation>
    </message>
    <message>
        <source>Ingepland</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Inkomen</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Onderwijs &amp; werk</source>
        <translation>Education &amp; work</translation>
    </message>
    <message>
        <source>Zorg &amp; welzijn</source>
        <translation>Care &amp; wellbeing</translation>
    </message>
    <message>
        <source>Verlengde jeugdhulp</source>
        <translation>Extended youth care</translation>
    </message>
    <message>
        <source>Maatwerkbudget</source>
        <translation>Custom budget</translation>
    </message>
    <message>
        <source>Geen financiering nodig</source>
        <translation>No funding needed</translation>
    </message>
    <message>
        <source>Niet gestart</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In uitvoering</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Overgedragen</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Loopt</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Geregeld</source>
        <translation>Arranged</translation>
    </message>
    <message>
        <source>Vastgelopen</source>
        <translation>Stuck</translation>
    </message>
    <message>
        <source>Ouders met gezag</source>
        <translation>Parents with custody</translation>
    </message>
    <message>
        <source>Jeugdige en ouders</source>
        <translation>Young person and parents</translation>
    </message>
    <message>
        <source>Geen evaluatie gepland</source>
        <translation>No review planned</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Binnenkort</source>
        <translation>Soon</translation>
    </message>
    <message>
        <source>Verlopen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Too late</translation>
    </message>
    <message>
        <source>Wekelijks</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Elke twee weken</source>
        <translation>Every two weeks</translation>
    </message>
    <message>
        <source>Maandelijks</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Op afroep</source>
        <translation>On call</translation>
    </message>
    <message>
        <source>Indiener mag niet aanmelden bij deze tafel</source>
        <translation>The submitter may not refer to this table</translation>
    </message>
    <message>
        <source>Jeugdige is jonger dan de tafel toelaat</source>
        <translation>The young person is younger than the table admits</translation>
    </message>
    <message>
        <source>Jeugdige is ouder dan de tafel toelaat</source>
        <translation>The young person is older than the table admits</translation>
    </message>
    <message>
        <source>Leeftijd van de jeugdige is onbekend</source>
        <translation>The young person&apos;s age is unknown</translation>
    </message>
    <message>
        <source>Verplicht document ontbreekt</source>
        <translation>A required document is missing</translation>
    </message>
    <message>
        <source>Geen toestemming of grondslag vastgelegd</source>
        <translation>No consent or legal ground recorded</translation>
    </message>
    <message>
        <source>Geen vraag aan de tafel</source>
        <translation>No question to the table</translation>
    </message>
    <message>
        <source>Geboortedatum onbekend</source>
        <translation>Date of birth unknown</translation>
    </message>
    <message>
        <source>Nog niet aan de orde</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Nu starten</source>
        <translation>Start now</translation>
    </message>
    <message>
        <source>In gevaar</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Voorbij de leeftijdsgrens</source>
        <translation>Past the age limit</translation>
    </message>
    <message>
        <source>Zorgverzekering</source>
        <translation>Health insurance</translation>
    </message>
    <message>
        <source>Zorgtoeslag en andere toeslagen</source>
        <translation>Care allowance and other allowances</translation>
    </message>
    <message>
        <source>DigiD</source>
        <translation>DigiD</translation>
    </message>
    <message>
        <source>Eigen bankrekening</source>
        <translation>Own bank account</translation>
    </message>
    <message>
        <source>Toestemming en wie het dossier mag zien</source>
        <translation>Consent and who may see the file</translation>
    </message>
    <message>
        <source>Binnenkort 18, nog niet geregeld</source>
        <translation>Turns 18 soon, not yet arranged</translation>
    </message>
    <message>
        <source>Al 18, nog niet geregeld</source>
        <translation>Already 18, not yet arranged</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>Dit veld is verplicht.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Stel de tafel een vraag: wat wilt u van de tafel weten?</source>
        <translation>Ask the table a question: what would you like to know from the table?</translation>
    </message>
    <message>
        <source>Dit stuk is verplicht voor deze tafel: vul een verwijzing in.</source>
        <translation>This document is required for this table: fill in a reference.</translation>
    </message>
    <message>
        <source>Kies de toestemming van het gezin voor deze tafel, of leg een wettelijke grondslag met reden vast.</source>
        <translation>Choose the family&apos;s consent for this table, or record a legal ground with a reason.</translation>
    </message>
    <message>
        <source>Een wettelijke grondslag heeft een reden nodig.</source>
        <translation>A legal ground needs a reason.</translation>
    </message>
    <message>
        <source>Deze toestemming geldt niet voor deze tafel.</source>
        <translation>This consent does not apply to this table.</translation>
    </message>
    <message>
        <source>Deze toestemming gaat pas later in.</source>
        <translation>This consent only starts later.</translation>
    </message>
    <message>
        <source>Deze toestemming is ingetrokken.</source>
        <translation>This consent has been withdrawn.</translation>
    </message>
    <message>
        <source>Deze toestemming is verlopen.</source>
        <translation>This consent has expired.</translation>
    </message>
    <message>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Kies een dag van maandag tot en met zondag.</source>
        <translation>Choose a day from Monday to Sunday.</translation>
    </message>
    <message>
        <source>Moet minstens 1 zijn.</source>
        <translation>Must be at least 1.</translation>
    </message>
    <message>
        <source>Een leeftijd tussen 0 en 30.</source>
        <translation>An age between 0 and 30.</translation>
    </message>
    <message>
        <source>De maximumleeftijd is lager dan de minimumleeftijd.</source>
        <translation>The maximum age is lower than the minimum age.</translation>
    </message>
    <message>
        <source>Elke deelnemer heeft een rol en een naam nodig.</source>
        <translation>Every participant needs a role and a name.</translation>
    </message>
    <message>
        <source>Met zoveel plekken loopt de zitting door tot na middernacht.</source>
        <translation>With this many places the session runs past midnight.</translation>
    </message>
    <message>
        <source>De code van een bestaande tafel kan niet veranderen.</source>
        <translation>The code of an existing table cannot change.</translation>
    </message>
    <message>
        <source>Er is al een tafel met deze code.</source>
        <translation>There is already a table with this code.</translation>
    </message>
    <message>
        <source>Deze code staat twee keer in het bestand.</source>
        <translation>This code appears twice in the file.</translation>
    </message>
    <message>
        <source>Dit is geen geldig JSON-bestand.</source>
        <translation>This is not a valid JSON file.</translation>
    </message>
    <message>
        <source>Het bestand bevat geen tafels.</source>
        <translation>The file contains no tables.</translation>
    </message>
    <message>
        <source>Een tafeldefinitie moet een object zijn ({ … }).</source>
        <translation>A table definition must be an object ({ … }).</translation>
    </message>
    <message>
        <source>Moet tekst zijn.</source>
        <translation>Must be text.</translation>
    </message>
    <message>
        <source>Moet een lijst met teksten zijn.</source>
        <translation>Must be a list of texts.</translation>
    </message>
    <message>
        <source>Deelnemers zijn paren van [rol, wie].</source>
        <translation>Participants are pairs of [role, who].</translation>
    </message>
    <message>
        <source>Moet een geheel getal zijn.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>Moet true of false zijn.</source>
        <translation>Must be true or false.</translation>
    </message>
    <message>
        <source>Kies wekelijks, tweewekelijks, maandelijks of op_afroep.</source>
        <translation>Choose wekelijks, tweewekelijks, maandelijks or op_afroep (weekly, fortnightly, monthly or on call).</translation>
    </message>
    <message>
        <source>Een tijd als 09:00.</source>
        <translation>A time like 09:00.</translation>
    </message>
    <message>
        <source>Kies 1 tot en met 53 weken.</source>
        <translation>Choose 1 to 53 weeks.</translation>
    </message>
    <message>
        <source>Alleen een tafelsecretaris kan dit doen.</source>
        <translation>Only a table secretary can do this.</translation>
    </message>
    <message>
        <source>Alleen een beheerder of tafelsecretaris kan tafels wijzigen.</source>
        <translation>Only an administrator or table secretary can change tables.</translation>
    </message>
    <message>
        <source>Deze zitting is vol. Kies een andere zitting.</source>
        <translation>This session is full. Choose another session.</translation>
    </message>
    <message>
        <source>Deze zitting is al begonnen of geweest. Kies een latere zitting.</source>
        <translation>This session has already started or taken place. Choose a later session.</translation>
    </message>
    <message>
        <source>Deze zitting hoort bij een andere tafel.</source>
        <translation>This session belongs to another table.</translation>
    </message>
    <message>
        <source>Een ingediende aanmelding kan niet meer worden gewijzigd.</source>
        <translation>A submitted submission can no longer be changed.</translation>
    </message>
    <message>
        <source>Dat kan niet in de huidige status van de aanmelding.</source>
        <translation>That is not possible in the submission&apos;s current status.</translation>
    </message>
    <message>
        <source>Deze aanmelding staat niet op een agenda.</source>
        <translation>This submission is not on an agenda.</translation>
    </message>
    <message>
        <source>De agenda is intussen gewijzigd; probeer het opnieuw.</source>
        <translation>The agenda has changed in the meantime; try again.</translation>
    </message>
    <message>
        <source>De instellingen van deze tafel zijn onjuist; vraag de beheerder.</source>
        <translation>This table&apos;s settings are wrong; ask the administrator.</translation>
    </message>
    <message>
        <source>Dit bestaat niet meer.</source>
        <translation>This no longer exists.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Mag aanmelden</source>
        <translation>May submit</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Leeftijd vanaf</source>
        <translation>Age from</translation>
    </message>
    <message>
        <source>Leeftijd tot en met</source>
        <translation>Age up to and including</translation>
    </message>
    <message>
        <source>Verplichte stukken</source>
        <translation>Required documents</translation>
    </message>
    <message>
        <source>Gezin aanwezig</source>
        <translation>Family present</translation>
    </message>
    <message>
        <source>Kinderen aanwezig vanaf</source>
        <translation>Children present from</translation>
    </message>
    <message>
        <source>Ritme</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Weekdag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Plekken per zitting</source>
        <translation>Places per session</translation>
    </message>
    <message>
        <source>Minuten per plek</source>
        <translation>Minutes per place</translation>
    </message>
    <message>
        <source>Geanonimiseerd</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tafel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Te doen: beoordelen, plannen, afronden</source>
        <translation>To do: assess, schedule, conclude</translation>
    </message>
    <message>
        <source>Alle openstaande</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>Te beoordelen</source>
        <translation>To assess</translation>
    </message>
    <message>
        <source>Te plannen</source>
        <translation>To schedule</translation>
    </message>
    <message>
        <source>Ingepland</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Besproken, nog af te ronden</source>
        <translation>Discussed, still to conclude</translation>
    </message>
    <message>
        <source>Niet ontvankelijk</source>
        <translation>Not admissible</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Gezinsleden (rol en leeftijd)</source>
        <translation>Household members (role and age)</translation>
    </message>
    <message>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Zorgen en krachten</source>
        <translation>Concerns and strengths</translation>
    </message>
    <message>
        <source>Hulp en ondersteuning</source>
        <translation>Help and support</translation>
    </message>
    <message>
        <source>Ingediend</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Vraag aan de tafel</source>
        <translation>Question to the table</translation>
    </message>
    <message>
        <source>Ingediend door</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Zitting</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Bezetting</source>
        <translation>Occupancy</translation>
    </message>
</context>
<context>
    <name>transition18</name>
    <message>
        <source>Een steunfiguur of mentor die de jongere zelf kiest; familie en netwerk.</source>
        <translation>A support figure or mentor the young person chooses; family and network.</translation>
    </message>
    <message>
        <source>Waar de jongere na 18 woont, en met hoeveel begeleiding.</source>
        <translation>Where the young person lives after 18, and with how much support.</translation>
    </message>
    <message>
        <source>Geld, zorgverzekering, toeslagen, bankrekening, DigiD, schulden.</source>
        <translation>Money, health insurance, allowances, bank account, DigiD, debts.</translation>
    </message>
    <message>
        <source>School, stage, opleiding of werk, en wie daarbij helpt.</source>
        <translation>School, work placement, training or work, and who helps with it.</translation>
    </message>
    <message>
        <source>Behandeling en hulp na 18, huisarts, gezondheid en welzijn.</source>
        <translation>Treatment and support after 18, GP, health and wellbeing.</translation>
    </message>
</context>
</TS>
