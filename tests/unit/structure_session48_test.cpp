// Held-out rounds 109–112: what session 48's documents taught.
#include <doctest/doctest.h>

#include "linter/structure/headings.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a title line that keeps its dashes still loses the contract's terms after the last one") {
  auto resume = parse_text(
      "Nicolas Chambon\nn.chambon@proton.me\n\nExpériences professionnelles\n\n"
      "Administrateur Systèmes et Réseaux – CDI   sept. 2016 - févr. 2021\nAlsys Informatique · Saint-Étienne (42) · ESN\n"
      "• Infogérance de 40 PME clientes\n\n"
      "Technicien Support Informatique N2 – CDI   juil. 2013 - août 2016\nCHU de Saint-Étienne · Saint-Étienne (42)\n"
      "• Support des services de soins\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Administrateur Systèmes et Réseaux");
  CHECK(resume.work[0].company == "Alsys Informatique");
  CHECK(resume.work[1].position == "Technicien Support Informatique N2");
  CHECK(resume.work[1].company == "CHU de Saint-Étienne");
}

TEST_CASE("a UK student's 'Positions of responsibility' are roles: a treasurer of a society is a title and its employer") {
  CHECK(canonical_section("Positions of responsibility").canonical == "experience");
  CHECK(canonical_section("POSITIONS OF RESPONSIBILITY").canonical == "experience");
  auto resume = parse_text(
      "Hannah Okafor\nhannah@example.co.uk\n\nPositions of responsibility\n\n"
      "Treasurer · Loughborough ChemEng Society   Sep 2024 – Present\nManage a £6,500 budget and sponsorship.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Treasurer");
  CHECK(resume.work[0].company == "Loughborough ChemEng Society");
}

TEST_CASE("areas of work after a title's dash ('Health, Safety & Environment') stay in the title over the employer's line") {
  auto resume = parse_text(
      "Hannah Okafor\nhannah@example.co.uk\n\nWork experience\n\n"
      "Summer Intern – Health, Safety & Environment · Jun 2022 – Aug 2022\nMidshires Water Services, Nottingham\n"
      "• Audited chemical storage at 11 water treatment works\n\n"
      "Graduate Engineer – Sales & Marketing · Sep 2024 – Present\nBrightwater Pumps Ltd, Derby\n• Quoted pump packages\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Summer Intern – Health, Safety & Environment");
  CHECK(resume.work[0].company == "Midshires Water Services");
  CHECK(resume.work[0].location == "Nottingham");
  CHECK(resume.work[1].position == "Graduate Engineer – Sales & Marketing");
  CHECK(resume.work[1].company == "Brightwater Pumps Ltd");
}

TEST_CASE("'Toolkit' alone heads the skills; a project named '… Toolkit' heads nothing") {
  CHECK(canonical_section("TOOLKIT").canonical == "skills");
  CHECK(canonical_section("Tool kit").canonical == "skills");
  CHECK(canonical_section("Ledger Ingest Toolkit").canonical.empty());
  auto resume = parse_text("Ana Lee\nana@example.com\n\nProjects\n\nLedger Ingest Toolkit\nA tool for ledgers.\n\n"
                           "TOOLKIT\nYamaha CL/QL, Dante, QLab\n");
  REQUIRE(resume.projects.size() == 1);
  CHECK(resume.projects[0].name == "Ledger Ingest Toolkit");
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].keywords.size() == 3);
}

TEST_CASE("a temp agency's branch over its candidate's profile: the branch's phone and mailbox are not the candidate's") {
  auto resume = parse_text(
      "accent.\nAccent Zottegem\nHeldenlaan 14, 9620 Zottegem\n09 364 18 20 · zottegem@accent.jobs\n"
      "Jouw consulent: Sarah De Clercq\n\nKevin Van de Velde\nReachtruckchauffeur\n"
      "Woonplaats Zottegem   GSM 0478 52 19 63\nE-mail kevin.vdvelde@telenet.be\n\nWerkervaring\n"
      "sep. 2021 – heden   Reachtruckchauffeur\nLogistiek Centrum De Dender nv · Ninove\n");
  CHECK(resume.contact.email == "kevin.vdvelde@telenet.be");
  CHECK(resume.contact.phone == "0478 52 19 63");
}

TEST_CASE("a text box that ran every line into one: headings, bullets and dated items parted again") {
  auto resume = parse_text(
      "JULIEN LACOMBE Technico-commercial agricole – 9 ans d'expérience 12 rue Lamoignon, 47000 Agen 06 81 47 29 53 – "
      "julien.lacombe47@orange.fr Permis B – véhiculé linkedin.com/in/julien-lacombe-agri\n\n"
      "PROFIL Technico-commercial terrain passionné par l'agronomie, je conseille depuis neuf ans les exploitants du "
      "Lot-et-Garonne en protection des cultures, semences et fertilisation.\n\n"
      "EXPÉRIENCES PROFESSIONNELLES Technico-commercial agrofourniture – Coopérative Val de Garonne, Agen (47) Depuis mars 2019 "
      "• Suivi d'un portefeuille de 140 exploitations (grandes cultures, arboriculture) sur le secteur Agen–Nérac • Conseil en "
      "protection des cultures et fertilisation • Chiffre d'affaires annuel de 3,2 M€, en hausse de 11 % sur 3 ans\n\n"
      "Attaché commercial – Semences du Midi SAS, Montauban (82) sept. 2015 - févr. 2019 • Vente de semences potagères et de "
      "maïs aux distributeurs et maraîchers du 47 et du 82 • Ouverture de 35 nouveaux comptes en trois saisons\n\n"
      "FORMATION 2013 : BTSA Technico-commercial, champ « Agrofournitures » – Lycée agricole Armand Fallières, Nérac "
      "2011 : Baccalauréat STAV, mention Bien – Lycée agricole Étienne Restat, Sainte-Livrade-sur-Lot\n\n"
      "COMPÉTENCES Négociation, prospection, gestion de portefeuille clients, agronomie, protection des cultures, Excel\n");
  CHECK(resume.contact.name == "JULIEN LACOMBE");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Technico-commercial agrofourniture");
  CHECK(resume.work[0].company == "Coopérative Val de Garonne");
  CHECK(resume.work[0].highlights.size() == 3);
  CHECK(resume.work[1].company == "Semences du Midi SAS");
  CHECK(resume.work[1].start.year == 2015);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "BTSA");
  CHECK(resume.education[1].end.year == 2011);
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].keywords.front() == "Négociation");
  // Word's "Plain Text" export, a paragraph a line: long lines without bullets or headings run in stay as they are.
  auto plain = parse_text(
      "Anna Schmidt\nanna@example.de\n\nProfil\nErfahrene Buchhalterin mit zwölf Jahren Erfahrung in mittelständischen "
      "Unternehmen, sicher in DATEV, SAP FI und der Erstellung von Monats- und Jahresabschlüssen nach HGB und IFRS.\n\n"
      "Berufserfahrung\nBuchhalterin, Müller GmbH, Köln, 2015 – heute\n");
  CHECK(plain.contact.name == "Anna Schmidt");
  REQUIRE(plain.work.size() == 1);
}

TEST_CASE("an Indian nurse's labelled jobs: 'Designation :', 'Hospital :', 'Period :', a total of years above the first") {
  auto resume = parse_text(
      "Anju Mariyam Thomas\nanjumariyam.t@gmail.com\n\nWORK EXPERIENCE\nTotal Experience: 7 years 6 months\n"
      "Designation : Senior Staff Nurse – Cardiac ICU (CTVS)\nHospital : Malankara Heart Institute, Kottayam, Kerala\n"
      "Period : From 02/2021 to till date\nBed Strength : 350 beds (NABH accredited)\nDuties and Responsibilities:\n"
      "➢ Care of post-operative CABG and valve replacement patients.\n➢ Monitoring of haemodynamic parameters.\n"
      "Designation : Staff Nurse – Medical Ward\nHospital : St. Thomas Mission Hospital, Alappuzha, Kerala\n"
      "Period : From 08/2017 to 01/2021\nDuties and Responsibilities:\n➢ Triage of patients in the Emergency Department.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Senior Staff Nurse – Cardiac ICU (CTVS)");
  CHECK(resume.work[0].company == "Malankara Heart Institute");
  CHECK(resume.work[0].start.year == 2021);
  CHECK(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[1].position == "Staff Nurse – Medical Ward");
  CHECK(resume.work[1].company == "St. Thomas Mission Hospital");
  CHECK(resume.work[1].end.year == 2021);
}

TEST_CASE("a profile's date line closing on the town and the kind of post: the kind is no title") {
  auto resume = parse_text(
      "Sneha Deshpande\nsneha@example.in\n\nWork experience\nMIS Executive\nTungabhadra Textiles Ltd.\n"
      "Aug 2019 - Jun 2021 · 1 yr 11 mos · Davanagere\n• Prepared daily production reports\nData Analytics Intern\n"
      "Northstar Data Labs\nJan 2019 - Jun 2019 · 6 mos · Bengaluru · Internship\n• Cleaned and joined POS data\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Data Analytics Intern");
  CHECK(resume.work[1].company == "Northstar Data Labs");
  CHECK(resume.work[1].location == "Bengaluru");
}

TEST_CASE("an agency's job card: a dated contract remark or dated duties beside their labels open no job") {
  auto resume = parse_text(
      "Elisa Montanari\nelisa@example.it\n\nEsperienze lavorative\n"
      "Addetta al controllo qualità   Dal 03/2019 ad oggi\nAzienda   Ceramiche Lamone S.r.l.\nSede di lavoro   Faenza (RA)\n"
      "Tipo di contratto   Tempo indeterminato (dal 09/2019; prima in somministrazione)\n"
      "Attività svolte   Controllo dimensionale e di planarità a fine linea\n• Verifica tono e calibro colore\n\n"
      "Cameriera di sala (stagionale)   Dal 06/2014 al 09/2015\nAzienda   Hotel Lido Azzurro\n"
      "Attività svolte   Servizio colazioni e pranzi nelle stagioni estive 2014 e 2015, mise en place.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Ceramiche Lamone S.r.l.");
  CHECK(resume.work[1].position == "Cameriera di sala (stagionale)");
  CHECK(resume.work[1].company == "Hotel Lido Azzurro");
}

TEST_CASE("a Dutch partnership's dated banner ('V.O.F. · town · dates') over its roles names their employer") {
  auto resume = parse_text(
      "Sander Bosma\nsander@example.nl\n\nWerkervaring\n"
      "Timmerbedrijf De Polder V.O.F. · Marknesse · aug. 2006 – apr. 2015\njan. 2012 – apr. 2015\nVoorman timmerwerk\n"
      "• Aansturen van een ploeg van 4 timmerlieden\naug. 2006 – dec. 2011\nTimmerman\n• Allround timmerwerk in nieuwbouw\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Voorman timmerwerk");
  CHECK(resume.work[0].company == "Timmerbedrijf De Polder V.O.F.");
  CHECK(resume.work[1].position == "Timmerman");
  CHECK(resume.work[1].company == "Timmerbedrijf De Polder V.O.F.");
}

TEST_CASE("a degree's class in brackets after the school is its score; a thesis after the school's full stop is no name") {
  auto resume = parse_text(
      "Rhiannon Ellis-Jones\nr.ellis-jones@example.ac.uk\n\nQUALIFICATIONS\n"
      "2019 PhD, Health Sciences, Bangor University. Thesis: Breathlessness self-management in rural COPD\n"
      "2017 PGCert Higher Education Practice, Bangor University\n2013 MSc Advanced Clinical Practice, Cardiff University (Distinction)\n"
      "2006 BN (Hons) Nursing (Adult), University of Liverpool (First Class)\n");
  REQUIRE(resume.education.size() == 4);
  CHECK(resume.education[0].institution == "Bangor University");
  CHECK(resume.education[1].study_type == "PGCert");
  CHECK(resume.education[2].institution == "Cardiff University");
  CHECK(resume.education[2].score == "Distinction");
  CHECK(resume.education[3].study_type == "BN (Hons)");
  CHECK(resume.education[3].institution == "University of Liverpool");
  CHECK(resume.education[3].score == "First Class");
}

TEST_CASE("an outliner's plain-text export: the root's children head sections, quoted notes date their entries") {
  auto resume = parse_text(
      "- CV Mirjam te Brake (versie feb 2024)\n  - Persoonlijke gegevens\n    - Mirjam te Brake\n"
      "    - Misterweg 41, 7102 EM Winterswijk\n    - 06-41 27 93 58\n    - mirjam.tebrake@kpnmail.nl\n"
      "  - Werkervaring\n    - Docent aardrijkskunde – CSG De Ratum, Winterswijk\n      \"aug. 2016 – heden\"\n"
      "      - lessen aardrijkskunde in vmbo-t, havo en vwo\n      - mentor van havo-4 en havo-5\n"
      "    - Reisleider (bijbaan tijdens de studie) – Buitenreizen, Nijmegen\n      \"zomers 2010 – 2013\"\n"
      "  - Opleidingen\n    - Bachelor Leraar Aardrijkskunde (2e graads) – Hogeschool van Arnhem en Nijmegen (HAN)\n"
      "      \"2009 – 2013\"\n  - Nevenactiviteiten\n    - Voorzitter – IVN afdeling Winterswijk (vrijwilliger)\n"
      "      \"2019 – heden\"\n");
  CHECK(resume.contact.name == "Mirjam te Brake");
  CHECK(resume.contact.email == "mirjam.tebrake@kpnmail.nl");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[0].position == "Docent aardrijkskunde");
  CHECK(resume.work[0].company == "CSG De Ratum");
  CHECK(resume.work[0].start.year == 2016);
  CHECK(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[2].position == "Voorzitter");
  CHECK(resume.work[2].company == "IVN afdeling Winterswijk");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Hogeschool van Arnhem en Nijmegen (HAN)");
}

TEST_CASE("a spreadsheet saved as text: 'mmm-yy' dates, a header row of tabs, quoted cells with line breaks") {
  auto resume = parse_text(
      "Sébastien THIÉBAUT\nsebastien.thiebaut@orange.fr\n\nEXPÉRIENCE PROFESSIONNELLE\nDébut\tFin\tPoste\tEntreprise\tMissions\n"
      "sept.-19\ten cours\tConducteur de travaux TCE\tBâti Vosges Construction - Épinal\t\"• Pilotage de 4 à 6 chantiers\n"
      "• Réception des ouvrages (\"\"zéro réserve\"\" sur 3 opérations)\"\n"
      "mars-14\taoût-19\tConducteur de travaux adjoint\tSOGEBAT Est - Nancy\t\"• Suivi de chantiers gros œuvre\n"
      "• Métrés et consultation des fournisseurs\"\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Conducteur de travaux TCE");
  CHECK(resume.work[0].company == "Bâti Vosges Construction");
  CHECK(resume.work[0].start.year == 2019);
  CHECK(resume.work[0].start.month == 9);
  REQUIRE(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[1] == "Réception des ouvrages (\"zéro réserve\" sur 3 opérations)");
  CHECK(resume.work[1].company == "SOGEBAT Est");
  CHECK(resume.work[1].end.year == 2019);
  CHECK(resume.work[1].end.month == 8);
}

TEST_CASE("one-word modifiers sharing the last part's head noun name the head's section") {
  CHECK(canonical_section("RESEARCH AND TEACHING SKILLS").canonical == "skills");
  CHECK(canonical_section("Language & Computer Skills").canonical == "skills");
  // Two sections named whole stay the first's; a qualified head of another section stays itself.
  CHECK(canonical_section("Awards and Publications").canonical == "awards");
  CHECK(canonical_section("Work and Volunteer Experience").canonical == "experience");
}

TEST_CASE("a profile's chips with endorsement counts and ticks: the counts go where two or more are ticked") {
  auto resume = parse_text("Sneha Deshpande\nsneha@example.in\n\nSkills\nSQL 14 ✔   Power BI 11 ✔   Python 8 ✔   Pandas 6\n"
                           "Demand Forecasting 5   SAP MM 3\n");
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].keywords == std::vector<std::string>{"SQL", "Power BI", "Python", "Pandas", "Demand Forecasting", "SAP MM"});
  // Versions stay where nothing is ticked.
  auto versions = parse_text("Ana Lee\nana@example.com\n\nSkills\nNVivo 14, SPSS 29, Windows 10\n");
  REQUIRE(versions.skills.size() == 1);
  CHECK(versions.skills[0].keywords.front() == "NVivo 14");
}

TEST_CASE("a portal's candidate, applicant or posting number is no phone; the posting's town is not the candidate's") {
  auto jobpunt = parse_text("Bestuur: Stad en OCMW Mechelen · Referentie: 2024/117 · Kandidaatnummer: 0048213\n\nLieke Van den Broeck\n"
                            "Telefoon 03 480 27 15\nE-mail lieke.vdbroeck@telenet.be\n\nWerkervaring\n");
  CHECK(jobpunt.contact.phone == "03 480 27 15");
  auto lanbide = parse_text("Curriculum Vitae\nÚltima actualización: 02/11/2025 · Código de demandante: 20-0481736\n"
                            "Nombre y apellidos   IKER ZUBIZARRETA ETXEBERRIA\nMunicipio / Provincia   20600 Eibar (Gipuzkoa)\n"
                            "Teléfono móvil   688 214 735\nCorreo electrónico   iker.z94@gmail.com\n\nEXPERIENCIA PROFESIONAL\n");
  CHECK(lanbide.contact.phone == "688 214 735");
  CHECK(lanbide.contact.city == "Eibar");
  auto leboncoin = parse_text("Espace recruteur · EHPAD Le Clos Fleuri\nAmilly 45200 · Réf. annonce 2918443071\nNadia Benali\n"
                              "Aide-soignante diplômée d'État\nMontargis 45200   06 71 24 88 93   nadia.benali45@orange.fr\n\nExpériences\n");
  CHECK(leboncoin.contact.phone == "06 71 24 88 93");
  CHECK(leboncoin.contact.city == "Montargis");
}

TEST_CASE("a postcode and town over the contact block's phone and e-mail is where the person lives") {
  auto resume = parse_text("Marco Stuber\nLogistiker EFZ · Schichtleiter\n\nKONTAKT\n4600 Olten SO\n+41 79 482 16 53\n"
                           "marco.stuber@bluewin.ch\n\nBerufserfahrung\n");
  CHECK(resume.contact.location_text == "Olten SO");
}

TEST_CASE("an export with HTML character references left in reads as the characters they name") {
  auto resume = parse_text("IAGO CASTRO FREIRE\nT&eacute;cnico Superior &middot; Electricista naval\n"
                           "R&uacute;a Real 118 &ndash; 15402 Ferrol (A Coru&ntilde;a)\nTel.: 622&nbsp;418&nbsp;937 &nbsp;|&nbsp; iago@gmail.com\n\n"
                           "EXPERIENCIA PROFESIONAL\nElectricista naval &ndash; Montajes El&eacute;ctricos Navales S.L., Abr. 2020 &ndash; actualidad\n");
  CHECK(resume.contact.phone == "622 418 937");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Montajes Eléctricos Navales S.L.");
}

TEST_CASE("umlauts typed as a vowel and 'e' still name a section; a running head's initials give way to the name spelt out") {
  CHECK(canonical_section("Persoenliche Daten").canonical == canonical_section("Persönliche Daten").canonical);
  CHECK(canonical_section("Faehigkeiten").canonical == "skills");
  auto resume = parse_text("LEBENSLAUF\n\nPersoenliche Daten\n------------------\nName:\t\tJens-Uwe Kroeger\n"
                           "Anschrift:\tLuebecker Strasse 112\n\t\t23843 Bad Oldesloe\nTelefon:\t04531 / 88 27 15\n\n"
                           "Berufserfahrung\n---------------\nseit 04/2019\tDisponent Nahverkehr\n\t\tSpedition Hansen & Voss GmbH, Reinfeld\n");
  CHECK(resume.contact.name == "Jens-Uwe Kroeger");
}

TEST_CASE("a name with an initial over the title line's full name: the full name, as printed there") {
  auto resume = parse_text("Kagiso T. Molefe  |  Curriculum Vitae\nCURRICULUM VITAE\nKAGISO TSHEPO MOLEFE\nSHEQ Officer\n"
                           "Alternative\t: 083 390 1127\nkagiso.molefe@gmail.com\n\nEmployment History\n");
  CHECK(resume.contact.name == "KAGISO TSHEPO MOLEFE");
  CHECK(resume.contact.city.empty());  // "Alternative" labels a second number, no town
  // Another person's full name below is no fuller form of this one.
  auto other = parse_text("Kagiso T. Molefe\nkagiso.molefe@gmail.com\n\nReferences\nKAGISO THABO MOKOENA\n");
  CHECK(other.contact.name == "Kagiso T. Molefe");
}

TEST_CASE("a labelled residential address names the town; the header's region beside the same town stays with it") {
  auto resume = parse_text("KAGISO MOTLHABANE\nArtisan Fitter and Turner\nKathu, Northern Cape • 072 418 3390 • kagiso.m@gmail.com\n\n"
                           "PERSONAL DETAILS\nSurname   Motlhabane\nResidential address   14 Frikkie Meyer Street, Kathu, 8446\n\n"
                           "WORK EXPERIENCE\n");
  CHECK(resume.contact.city == "Kathu");
  CHECK(resume.contact.location_text == "Kathu, Northern Cape");
}

TEST_CASE("a faculty named beside its university is dropped, before or after it; a school of its own stays") {
  auto resume = parse_text(
      "Ana Lopes\nana@example.pt\n\nFORMAÇÃO\nMestrado em Engenharia Agronómica, Instituto Superior de Agronomia, Universidade de Lisboa, 2016\n"
      "Licenciatura em Agronomia, Escola Superior Agrária, Instituto Politécnico de Beja, 2013\n"
      "M.Com, Centre for Distance Education, Shivaji University, 2019\n"
      "MA, University of London, School of Oriental and African Studies, 2010\n");
  REQUIRE(resume.education.size() == 4);
  CHECK(resume.education[0].institution == "Universidade de Lisboa");
  CHECK(resume.education[1].institution == "Instituto Politécnico de Beja");
  CHECK(resume.education[2].institution == "Shivaji University");
  CHECK(resume.education[3].institution == "University of London, School of Oriental and African Studies");
}

TEST_CASE("a bilingual region's headings ('EXPERIENCIA PROFESIONAL / Lan esperientzia') and its table's header rows") {
  auto resume = parse_text(
      "IKER ZUBIZARRETA\niker.z94@gmail.com\n\nEXPERIENCIA PROFESIONAL / Lan esperientzia\n"
      "Desde   Hasta   Ocupación / Puesto   Empresa   Municipio\n"
      "01/03/2019   Actualidad   Técnico de mantenimiento   Estampaciones Ego-Ibar, S.L.   Eibar\n\n"
      "FORMACIÓN REGLADA / Prestakuntza arautua\nInicio   Fin   Titulación   Centro   Nota media\n"
      "09/2012   06/2014   Técnico Superior en Mecatrónica Industrial   CIFP Armeria Eskola LHII   8,1\n\n"
      "IDIOMAS / Hizkuntzak\nEuskera C1\n");
  REQUIRE(resume.sections.size() == 3);
  CHECK(resume.sections[0].canonical == "experience");
  CHECK(resume.sections[1].canonical == "education");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Técnico de mantenimiento");
  CHECK(resume.work[0].company == "Estampaciones Ego-Ibar, S.L.");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "CIFP Armeria Eskola LHII");
}

TEST_CASE("a school's dated banner over two roles, each a title over its dates alone") {
  auto resume = parse_text(
      "Rebecca Hale\nrebecca.hale@example.co.uk\n\nEmployment history\n"
      "Netherton Park Primary School · Dudley, West Midlands · Sept 2016–Aug 2019\nYear 3 Class Teacher\nSept 2017–Aug 2019\n"
      "• Planned and taught the full Year 3 curriculum\nNewly Qualified Teacher (Year 2)\nSept 2016–Jul 2017\n"
      "• Completed the NQT year with a Good rating\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Year 3 Class Teacher");
  CHECK(resume.work[0].company == "Netherton Park Primary School");
  CHECK(resume.work[0].start.year == 2017);
  CHECK(resume.work[1].position == "Newly Qualified Teacher (Year 2)");
  CHECK(resume.work[1].company == "Netherton Park Primary School");
  // Dates first, then the title, entry after entry: each title stays with the dates above it.
  auto dates_first = parse_text("Ana Ruiz\nana@example.es\n\nExperience\nSept 2019 – Present\nStore Manager\n• Led a team of 12\n"
                                "Jan 2016 – Aug 2019\nAssistant Manager\n• Ran the stockroom\n");
  REQUIRE(dates_first.work.size() == 2);
  CHECK(dates_first.work[0].position == "Store Manager");
  CHECK(dates_first.work[0].start.year == 2019);
}

TEST_CASE("review 48: the session's rules leave alone what only looks like their cases") {
  // Two kinds of experience, the first a section's own name: no skills-style shared head.
  CHECK(canonical_section("VOLUNTEER AND LEADERSHIP EXPERIENCE").canonical == "volunteer");
  // Versions ticked one a line keep their numbers.
  auto versions = parse_text("Arjun Patel\narjun@example.com\n\nSKILLS\nPython 3 ✔\nJava 17 ✔\nC++ 20\nWindows 11\nExcel 365\n");
  REQUIRE(versions.skills.size() == 1);
  CHECK(versions.skills[0].keywords.front() == "Python 3");
  // A candidate's own mobile labelled with the word "kandidaat" is a phone.
  auto mobile = parse_text("Lars de Boer\nlars.deboer@gmail.com\nMobiel kandidaat: 06 12345678\n\nWERKERVARING\n");
  CHECK(mobile.contact.phone == "06 12345678");
  // A posting's reference on the candidate's own contact line leaves the town theirs.
  auto own = parse_text("Nicolas Petit\n12 rue des Lilas, 45200 Amilly · 06 12 34 56 78 · Réf. offre 4471\n\nEXPÉRIENCE\n");
  CHECK(own.contact.city == "Amilly");
  // Word's plain-text export, a paragraph a line opening on an acronym: no collapsed text box.
  auto export_ = parse_text(
      "Priya Shah\npriya@example.com\n\nExperience\n"
      "IBM Global Business Services, SAP FICO Consultant, London, 2015 – 2019. Delivered asset accounting and controlling "
      "modules for two automotive clients, ran the cut-over weekends and trained forty key users across three plants.\n"
      "KPMG Graduate Scheme, Audit Associate, Birmingham, 2013 – 2015. Audited mid-sized manufacturing clients and prepared "
      "statutory accounts for owner-managed businesses in the West Midlands region.\n"
      "SAP S/4HANA Finance consultant with nine years in manufacturing and retail, certified in S/4HANA Finance 2021 and "
      "experienced in greenfield and brownfield migrations.\n");
  REQUIRE(export_.work.size() >= 2);
  CHECK(export_.work[0].position.starts_with("IBM Global Business Services"));
  CHECK(export_.work[1].position.starts_with("KPMG Graduate Scheme"));
  // A title quoted after a tab is no spreadsheet's cell.
  auto quoted = parse_text("Tom Hart\ntom@example.com\n\nEXPERIENCE\nEditor, The Press, 2019 – 2023\n"
                           "• Commissioned the series\t\"Hidden York\"\n• Managed four reporters and the \"Weekend\" supplement\n");
  REQUIRE(quoted.work.size() == 1);
  CHECK(quoted.work[0].highlights.size() == 2);
  // A numbered employer with its town after a colon, each job's project labelled: two jobs, each its employer.
  auto numbered = parse_text(
      "Karthik Raman\nkarthik.raman@gmail.com\n\nWORK EXPERIENCE\nTotal Experience: 6 years 4 months\n\n"
      "1. Tata Consultancy Services: Chennai\nDesignation : Software Engineer\nPeriod : 07/2016 to 06/2019\n"
      "Project : Banking core migration for a UK client\n\n2. Infosys Limited: Bengaluru\nDesignation : Senior Systems Engineer\n"
      "Period : 07/2019 to 10/2022\nProject : Payments gateway for a US retailer\n");
  REQUIRE(numbered.work.size() == 2);
  CHECK(numbered.work[0].company == "Tata Consultancy Services");
  CHECK(numbered.work[0].location == "Chennai");
  CHECK(numbered.work[1].company == "Infosys Limited");
}

TEST_CASE("a name read in clipped pieces ('ille Verg', set along an arc) gives way to the mailbox's full name") {
  auto resume = parse_text("ille Verg\nm ne\nCONTACT\n06 71 29 84 53\ncamille.vergnes@orange.fr\n12100 Millau (Aveyron)\n\nEXPÉRIENCES\n");
  CHECK(resume.contact.name == "Camille Vergnes");
  // A name in lower case's particle, whole, stays ("van Dijk" is no clipped piece of "anna.vandijk@").
  auto particle = parse_text("Anna van Dijk\nanna.vandijk@example.nl\n\nWerkervaring\n");
  CHECK(particle.contact.name == "Anna van Dijk");
}

TEST_CASE("session 49: a bullet left on an article ('… ante la') goes on with its bracketed years; no job opens there") {
  auto resume = parse_text(
      "Daniela Ospina\ndaniela@example.co\n\nExperiencia laboral\n\nContadora\nComercializadora Cafetera del Otún S.A.S.\n"
      "Pereira, Risaralda · feb. 2021 – actualidad\n"
      "• Responsable de la contabilidad general y cierres mensuales.\n"
      "• Implementación de la facturación electrónica y la nómina electrónica ante la\n  DIAN (2021–2022).\n"
      "• Reducción del tiempo de cierre mensual de 12 a 6 días hábiles.\n\n"
      "Auxiliar contable\nClínica Santa Bárbara del Eje S.A.\nPereira, Risaralda · mar. 2015 – jun. 2017\n"
      "• Causación de cuentas por pagar.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Contadora");
  CHECK(resume.work[0].highlights.size() == 3);
  CHECK(resume.work[1].position == "Auxiliar contable");
}

TEST_CASE("session 49: a Colombian 'Profesional universitario' is the degree level under its field") {
  auto resume = parse_text(
      "Daniela Ospina\ndaniela@example.co\n\nFormación académica\n\nContaduría Pública\nUniversidad Tecnológica de Pereira\n"
      "Profesional universitario · feb. 2010 – dic. 2015 · Graduado\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Profesional universitario");
  CHECK(resume.education[0].institution == "Universidad Tecnológica de Pereira");
}

TEST_CASE("session 49: a German application form's grid: 'Name   Vorname', 'PLZ, Wohnort', the employer's applications mailbox") {
  auto resume = parse_text(
      "Wasserzweckverband Hornbachtal · Personalabteilung · Am Klosterberg 3 · 66500 Hornbach\nBewerbungsbogen\n"
      "Bitte senden Sie diesen Bogen mit Ihren Zeugnissen an\nbewerbung@wzv-hornbachtal.de. Unvollständige Bewerbungen werden nicht berücksichtigt.\n\n"
      "Persönliche Angaben\nName   Vorname   Geburtsdatum\nSchäfer   Tobias   23.05.1994\n"
      "Straße, Hausnummer   PLZ, Wohnort   Staatsangehörigkeit\nKirchbergstraße 17   66482 Zweibrücken   deutsch\n"
      "Telefon (tagsüber)   E-Mail\n0157 3948 2216   tobias.schaefer94@web.de\n\n"
      "Beruflicher Werdegang\n03/2018 – heute   Pfalzwerk Kunststofftechnik GmbH, Zweibrücken\n");
  CHECK(resume.contact.name == "Tobias Schäfer");
  CHECK(resume.contact.email == "tobias.schaefer94@web.de");
  CHECK(resume.contact.city == "Zweibrücken");
}

TEST_CASE("session 49: name grids with other personal fields beside them ('Codice fiscale', 'Correo electrónico')") {
  auto italian = parse_text(
      "inPA · Il mio curriculum\n\nDati anagrafici e contatti\nNOME   COGNOME   CODICE FISCALE\n"
      "CHIARA   SANTARELLI   SNTCHR88M52H282K\nEMAIL   TELEFONO\nchiara.santarelli@example.it   +39 347 112 2334\n");
  CHECK(italian.contact.name == "CHIARA SANTARELLI");
  auto spanish = parse_text(
      "Reclutamiento › Técnico/a de Mantenimiento\n\nDatos personales\nNOMBRE   APELLIDOS   CORREO ELECTRÓNICO\n"
      "Jordi   Vilaró Puig   jvilaro.puig@example.com\nTELÉFONO   CIUDAD\n+34 638 41 27 95   Manresa\n");
  CHECK(spanish.contact.name == "Jordi Vilaró Puig");
  // Brazil's "Nome   CPF": a lone "Nome" labels the whole name.
  auto brazilian = parse_text(
      "Emprega Brasil\n\nDados pessoais\nNome   CPF\nLARISSA BRITO CONCEIÇÃO   ***.482.315-**\n"
      "E-mail   Telefone\nlarissa@example.com.br   (73) 98812-4471\n");
  CHECK(brazilian.contact.name == "LARISSA BRITO CONCEIÇÃO");
}

TEST_CASE("session 49: a portal's brand in run-in capitals is no name; a verified badge after the name goes") {
  auto resume = parse_text(
      "SA   SAYouth .mobi   Opportunities   My CV\nHome › Profile › My CV\nSiphosethu Ndamase ✓ Verified\n"
      "Retail Assistant & Stock Controller\n071 846 2290   siphondamase02@example.com\n\nWork Experience\n"
      "Stock Controller, Spar Mthatha, 2022 – Present\n");
  CHECK(resume.contact.name == "Siphosethu Ndamase");
}

TEST_CASE("session 49: a blog's title naming the person short ('Profª Ana Cláudia') gives way to the full name below") {
  auto resume = parse_text(
      "Profª Ana Cláudia\nLíngua Portuguesa, leitura e redação — sequências didáticas\nInício   Currículo   Contato\n"
      "Currículo\nANA CLÁUDIA TENÓRIO VASCONCELOS\nProfessora de Língua Portuguesa\nGaranhuns – PE\n"
      "E-mail: anaclaudia.tenorio@example.com | WhatsApp: (87) 99634-2281\n\nEXPERIÊNCIA\n"
      "Professora, EREM Garanhuns, fev/2016 – atual\n");
  CHECK(resume.contact.name == "ANA CLÁUDIA TENÓRIO VASCONCELOS");
}

TEST_CASE("session 49: a profile site's headings with a count or a total time ('Work Experience · 3 yrs 9 mos'); a star for a logo") {
  CHECK(canonical_section("Work Experience · 3 yrs 9 mos").canonical == "experience");
  CHECK(canonical_section("Projects · 4").canonical == "projects");
  auto resume = parse_text(
      "Karthik Raja\nkarthik@example.in\n\nWork Experience · 3 yrs 9 mos\n\nReact Native Developer Intern\nC\n"
      "Codingmart Technologies\nJan 2022 - Jul 2022 · 7 mos · Coimbatore\n• Built booking screens\n\n"
      "Freelance Mobile Developer\n★\nSelf-employed\nJun 2021 - Dec 2021 · 7 mos\nBuilt a Flutter ordering app.\n\nProjects · 4\n\nThaali\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Codingmart Technologies");
  CHECK(resume.work[1].position == "Freelance Mobile Developer");
  CHECK(resume.work[1].company == "Self-employed");
}

TEST_CASE("session 49: a French town with its postcode in brackets and a département named by one word ('Manche', 'Orne')") {
  auto resume = parse_text(
      "Thierry LEBRETON\nAgent de maîtrise principal\n06 84 21 57 30\nthierry.lebreton50@example.fr\nSaint-Lô (50000), Manche\n\n"
      "EXPÉRIENCE\nAgent de maîtrise, Ville de Saint-Lô, 2017 - 2020\n");
  CHECK(resume.contact.city == "Saint-Lô");
  CHECK(resume.contact.region == "Manche");
}

TEST_CASE("review 49: the session's rules keep off names, mailboxes, job kinds, link words and labels they were not made for") {
  // Dutch names open on the digraph IJ; a person's own domain may hold a role's mailbox.
  CHECK(parse_text("IJsbrand van der Meer\nUtrecht, Netherlands | ijsbrand.vandermeer@example.com | +31 6 12345678\n\n"
                   "PROFILE\nBackend developer.\n").contact.name == "IJsbrand van der Meer");
  CHECK(parse_text("Anna Schmidt\nBerlin · jobs@anna-schmidt.de · +49 170 1234567\n\nBERUFSERFAHRUNG\nProduct Designerin\n"
                   "Zalando SE, Berlin\n04/2019 – heute\n- Checkout-Strecke mit thomas.weber@zalando.de gestaltet\n")
            .contact.email == "jobs@anna-schmidt.de");
  // A studio's name under the person's is no fuller name: the mailbox spells no more of it.
  CHECK(parse_text("Sarah Connor\nSarah Connor Photography\nPortland, OR | sarah@sarahconnorphoto.com | (503) 555-0142\n\n"
                   "EXPERIENCE\nFreelance Photographer\nSelf-employed, Portland, OR\n2016 – Present\n").contact.name == "Sarah Connor");
  // An emergency contact's grid under a heading of its own names someone else.
  CHECK(parse_text("Priya Raman\nChennai, India | priya.raman@example.com | +91 98765 43210\n\nEXPERIENCE\nSoftware Engineer\n"
                   "Infosys, Chennai\n2018 – Present\n\nEMERGENCY CONTACT\nName          First Name      Phone\n"
                   "Kumar         Anil            +91 98400 11223\n").contact.name == "Priya Raman");
  // LinkedIn's "Internship · 3 mos" is a job's kind and length, no heading.
  auto linkedin = parse_text("Chloe Nguyen\nchloe.nguyen@example.com\n\nExperience\nSoftware Engineer\nGoogle\nFull-time · 2 yrs 3 mos\n"
                             "Jul 2022 – Present\n- Built search ranking pipelines\n\nSoftware Engineering Intern\nMeta\n"
                             "Internship · 3 mos\nJun 2021 – Aug 2021\n- Built a feed ranking prototype\n");
  CHECK(linkedin.sections.size() == 1);
  CHECK(linkedin.work.size() == 2);
  // "die" is a tool and die maker's noun, no German article going on.
  auto machinist = parse_text("Walter Kowalski\nwalt@example.com\n\nEXPERIENCE\nMachinist, Ford Motor Company\n2010 – 2023\n"
                              "- Journeyman certified in tool and die\n\nSKILLS\nTool and die\nBlueprint reading\n");
  REQUIRE(machinist.skills.size() == 1);
  CHECK(machinist.skills[0].keywords.size() == 2);
  // Only a lower-case "l·l" joins: "PostgreSQL·Linux" are two items.
  auto tools = parse_text("Pau Ferrer\npau@example.com\n\nSKILLS\nPostgreSQL·Linux·Docker\n");
  REQUIRE(tools.skills.size() == 1);
  CHECK(tools.skills[0].keywords.size() == 3);
  // A job's "Duties:" line stays a highlight.
  auto carer = parse_text("Grace Okafor\ngrace@example.com\n\nEMPLOYMENT HISTORY\nJob title: Healthcare Assistant\n"
                          "Employer: Manchester University NHS Foundation Trust\nDates: Jun 2020 – Present\n"
                          "Duties: Personal care, observations and feeding for up to 12 patients\n");
  REQUIRE(carer.work.size() == 1);
  CHECK_FALSE(carer.work[0].highlights.empty());
}
