// Held-out rounds 85–92 leftovers: what session 41's documents taught.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a contact label tagged with its kind ('E-Mail (privat)') is no town") {
  auto resume = parse_text(
      "Katharina Brandt\nFront Office Managerin\n\nE-Mail (privat)     katha.brandt@example.de\nMobil               +49 171 4836 205\n\n"
      "Berufserfahrung\n\nFront Office Managerin\nHotel Ostseeperle, Rostock\n04/2021 – heute\n");
  CHECK(resume.contact.city.empty());
  CHECK(resume.contact.location_text.empty());
  CHECK(is_personal_detail_label("Data di nascita:"));
  CHECK_FALSE(is_personal_detail_label("Berufserfahrung"));
}

TEST_CASE("a town with its postcode in brackets, then its region: the town is the city") {
  auto resume = parse_text(
      "Yann Le Goff\nConducteur de travaux TCE\nEMAIL\nyann@example.fr\nADRESSE\nQuimper (29000), Bretagne\n\n"
      "EXPÉRIENCES\n\nConducteur de travaux\nBâtiments de l'Odet SAS — Quimper\nmars 2019 – aujourd'hui\n");
  CHECK(resume.contact.city == "Quimper");
  CHECK(resume.contact.region == "Bretagne");
  CHECK(resume.contact.location_text == "Quimper, Bretagne");
}

TEST_CASE("an Irish address: the post town before the Eircode, not the locality before it") {
  auto resume = parse_text(
      "Siobhán Gilmartin\nChartered Engineer\n"
      "14 Rathquarter Drive, Rathedmond, Sligo, F91 K2X7, Ireland · +353 87 412 6093 · siobhan@example.ie\n\n"
      "PROFESSIONAL EXPERIENCE\n\nSenior Engineer – Tobin Consulting Engineers, Sligo\nMar 2020 – present\n");
  CHECK(resume.contact.city == "Sligo");
  CHECK(resume.contact.region.empty());
  CHECK(resume.contact.location_text == "Sligo, Ireland");
}

TEST_CASE("Taleo's 'Land / Region' cell beside the town's: the country joins the town") {
  auto resume = parse_text(
      "Dennis Brockmeyer\n\n"
      "Ort / PLZ        Bielefeld, 33604        Land / Region        Deutschland – Nordrhein-Westfalen\n"
      "E-Mail           d.brockmeyer@example.de\nTelefon          +49 171 2345678\n\n"
      "Berufserfahrung\n\nSchichtleiter Lager\nObermeyer Spedition GmbH, Bielefeld\n03/2018 – heute\n");
  CHECK(resume.contact.location_text == "Bielefeld, Deutschland");
}

TEST_CASE("a form's cells one under another: a lone town under its label, the driving licence's classes no town") {
  auto resume = parse_text(
      "Curriculum Vitae\nRuud Hoogeveen\nWerkvoorbereider | Uitvoerder Infra\n\nPersonalia\nNaam\nR.J. (Ruud) Hoogeveen\n"
      "Woonplaats\nVeenendaal\nGeboortejaar\n1988\nRijbewijs\nB, BE\nTelefoon\n06 – 41 87 22 09\nE-mail\nruud@example.nl\n\n"
      "Werkervaring\n\nUitvoerder\nGemeente Ede\n2019 – heden\n");
  CHECK(resume.contact.city == "Veenendaal");
  auto licence = parse_text("Jan de Vries\njan@example.nl\nRijbewijs   B, BE\n\nWerkervaring\n\nChauffeur\nPostNL\n2019 – heden\n");
  CHECK(licence.contact.city.empty());
}

TEST_CASE("a form's given-name and surname cells over their values make the name; the street's cell over the town's") {
  auto resume = parse_text(
      "SCHEDA PROFILO CANDIDATO\n\nDATI ANAGRAFICI\nCognome\nFERRARINI\nNome\nDavide\nData di nascita\n22/07/1988\n"
      "Residenza\nVia Adua 112\n42124 Reggio Emilia (RE)\nCellulare\n347 918 2264\nE-mail\ndavide@example.it\n\n"
      "ESPERIENZE LAVORATIVE\n\nMagazziniere\nCeramiche Emiliane S.p.A.\n03/2021 – oggi\n");
  CHECK(resume.contact.name == "Davide FERRARINI");
  CHECK(resume.contact.city == "Reggio Emilia");
  CHECK(resume.contact.location_text == "Reggio Emilia (RE)");
}

TEST_CASE("an agency's licence and reference codes are no phone: digits between a code's slashes or after its capitals") {
  auto resume = parse_text(
      "Tempora Lavoro S.p.A. – Aut. Min. Prot. N. 13/I/0004217/03.01\n"
      "Candidato: Davide Ferrarini – Rif. RE-2025-0318\nCellulare 347 918 2264\n\nEsperienze\n\nMagazziniere\nAcme S.p.A.\n2021 – oggi\n");
  CHECK(resume.contact.phone == "347 918 2264");
  // A Berlin number written with its area code before a slash is still a phone.
  CHECK(parse_text("Jan Roth\njan@example.de\nTel. 030/1234567\n").contact.phone == "030/1234567");
}

TEST_CASE("a place after the tagline's full stop, itself closed by one; a country in brackets after the province") {
  auto tagline = parse_text("Caitlin MacPherson\nForest ecologist and silviculture researcher. Fredericton, NB.\ncaitlin@example.ca\n");
  CHECK(tagline.contact.location_text == "Fredericton, NB");
  auto bracketed = parse_text("Noelia Pastor Llorca\nnoelia@example.es   +34 636 41 28 07\nBenidorm, Alicante (España)\n");
  CHECK(bracketed.contact.city == "Benidorm");
  CHECK(bracketed.contact.country_code == "ES");
}

TEST_CASE("an Indian address: the city carrying the PIN is the town, the pieces before it its quarters") {
  auto resume = parse_text("Aniket Wankhede\naniket@example.in | +91 98230 41756\nPlot 14, Shivaji Nagar, Dharampeth, Nagpur 440010\n");
  CHECK(resume.contact.city == "Nagpur");
  CHECK(resume.contact.region.empty());
}

TEST_CASE("a school with the degree it gave in brackets after it: school, degree, field and class apart") {
  auto resume = parse_text(
      "Tom Reed\ntom@example.co.uk\n\nEducation & Qualifications\n\n"
      "2009 – 2012   Sheffield Hallam University (BA (Hons) International Hospitality Business Management, 2:1)\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Sheffield Hallam University");
  CHECK(resume.education[0].study_type == "BA (Hons)");
  CHECK(resume.education[0].area == "International Hospitality Business Management");
  CHECK(resume.education[0].score == "2:1");
}

TEST_CASE("an AsciiDoc CV: titles, author line, attributes, comments, icon and link macros, hard breaks, labelled lists") {
  auto resume = parse_text(
      "= Camille Weisbecker\nCamille Weisbecker <camille@example.fr>\nv4.2, 2025-02-14\n:doctype: article\n:icons: font\n"
      "// source du CV\n\n[.lead]\n*Ingénieure automaticienne* -- 9 ans de mise en service +\n"
      "icon:map-marker[] Mulhouse (68), France · icon:phone[] +33 6 72 18 40 95 +\n"
      "icon:linkedin[] https://www.linkedin.com/in/camille-w[LinkedIn]\n\n"
      "== Expérience professionnelle\n\n=== Ingénieure automaticienne confirmée\n*Rhénatec Automation* · Mulhouse (68) +\n"
      "_sept. 2020 – aujourd'hui_\n\n* Programmation PLC de lignes d'assemblage\n\n// TODO : ajouter la mission Hydro-Québec ?\n\n"
      "== Compétences\n\n[horizontal]\nAutomates:: Siemens S7-1500, Beckhoff TwinCAT 3\n");
  CHECK(resume.contact.name == "Camille Weisbecker");
  CHECK(resume.contact.email == "camille@example.fr");
  CHECK(resume.contact.city == "Mulhouse");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Ingénieure automaticienne confirmée");
  CHECK(resume.work[0].company == "Rhénatec Automation");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Beckhoff TwinCAT 3") != items.end());
  for (const auto& line : {"icon:", "Hydro", ":doctype:", "v4.2"})
    for (const auto& item : items) CHECK(item.find(line) == std::string::npos);
}

TEST_CASE("a WhatsApp chat export: the résumé is its sender's long messages, read without the chat's dates, senders and marks") {
  auto resume = parse_text(
      "12/03/2025 07:48 - +55 75 99812-3456: Bom dia\n"
      "12/03/2025 07:48 - TransSertão Logística: Olá! Envie seu currículo.\n"
      "12/03/2025 08:09 - +55 75 99812-3456: *CURRÍCULO*\n\n*JAILSON SANTOS DE OLIVEIRA*\n"
      "📱 (75) 99812-3456 (WhatsApp)\n📧 jailson@example.com.br\n\n*EXPERIÊNCIA PROFISSIONAL*\n\n"
      "▪️ *Motorista Carreteiro* – Rodobahia Transportes Ltda\n📅 03/2020 até o momento\n• Viagens BA / SE / PE\n"
      "12/03/2025 08:10 - +55 75 99812-3456: Pode me chamar nesse número mesmo\n"
      "12/03/2025 09:37 - TransSertão Logística: Bom dia, Jailson! Recebemos sim.\n");
  CHECK(resume.contact.name == "JAILSON SANTOS DE OLIVEIRA");
  CHECK(resume.contact.phone == "(75) 99812-3456");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Motorista Carreteiro");
  CHECK(resume.work[0].company == "Rodobahia Transportes Ltda");
}

TEST_CASE("a VitePress page's script block prints no text; the name is the page's heading") {
  auto resume = parse_text(
      "---\nlayout: doc\ntitle: Lebenslauf\n---\n\n<script setup>\nimport LangMeter from './LangMeter.vue'\n</script>\n\n"
      "# Friederike Albers\n\nGIS-Analystin\n\n- f.albers@example.de\n",
      "cv.md");
  CHECK(resume.contact.name == "Friederike Albers");
}

TEST_CASE("review: a town after a licence part or in a county's address keeps its name; a city before a PIN elsewhere too") {
  CHECK(parse_text("Julien Martin\njulien@example.fr\nPermis B · Lyon\n").contact.city == "Lyon");
  CHECK(parse_text("Julien Martin\njulien@example.fr\nDriving licence · London\n").contact.city == "London");
  auto kent = parse_text("Jane Carter\njane@example.co.uk\n27 Church Road, Tunbridge Wells, Kent, TN1 1JP\n");
  CHECK(kent.contact.location_text == "Tunbridge Wells, Kent");
  auto cork = parse_text("Jane Carter\njane@example.ie\n5 Main Street, Ballincollig, Co Cork, P31 X2Y3\n");
  CHECK(cork.contact.city == "Ballincollig");
  auto madrid = parse_text("Ana Ruiz\nana@example.es\nCalle Mayor 5, Alcobendas, Madrid 28100\n");
  CHECK(madrid.contact.city == "Alcobendas");
  auto suburb = parse_text("Siobhán Hartigan\nsiobhan@example.ie\nCastletroy, Limerick, V94 X2K7\n");
  CHECK(suburb.contact.location_text == "Castletroy, Limerick");
}

TEST_CASE("review: a label's capitals hyphened to a number ('MOBILE NO-', 'M-') keep the phone; a slashed extension too") {
  CHECK(parse_text("Rahul Verma\nrahul@example.in\nCONTACT NO-9876543210 | Pune\n").contact.phone == "9876543210");
  CHECK(parse_text("Rahul Verma\nrahul@example.in\nM-9876543210\n").contact.phone == "9876543210");
  CHECK(parse_text("Luca Bianchi\nluca@example.it\nTel 02/1234567/ interno 22\n").contact.phone.ends_with("1234567"));
}

TEST_CASE("review: AsciiDoc's contact attributes are the contact; '.NET' opens no block title; closed titles read whole") {
  auto resume = parse_text(
      "= Camille Weisbecker\n:email: camille@example.fr\n:phone: +33 6 12 34 56 78\n:city: Strasbourg\n\n== Expérience ==\n\n"
      "=== Développeuse .NET, Sopra Steria, Strasbourg\n2018 -- aujourd'hui\n\n* Migration vers .NET 6\n\n== Compétences\n\n"
      ".NET Core, C#, Azure\n");
  CHECK(resume.contact.email == "camille@example.fr");
  CHECK(resume.contact.phone == "+33 6 12 34 56 78");
  CHECK(resume.contact.city == "Strasbourg");
  REQUIRE(!resume.sections.empty());
  CHECK(resume.sections[0].heading == "Expérience");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), ".NET Core") != items.end());
  // A plain CV opening on "= Name" with no AsciiDoc header is read as it is.
  auto plain = parse_text("= JOHN SMITH =\njohn@example.com\n\n== EXPERIENCE ==\n\nSoftware Engineer, Acme Corp, Denver, CO\n2018 - Present\n");
  CHECK(plain.contact.email == "john@example.com");
}

TEST_CASE("review: a CV sent in several chat messages is read whole; a CV with timestamped log lines is no chat") {
  auto split = parse_text(
      "12/03/2025 08:09 - Messages and calls are end-to-end encrypted.\n12/03/2025 08:10 - João Silva: Bom dia! Segue meu currículo\n"
      "12/03/2025 08:11 - João Silva: João Pedro Silva\nMotorista profissional\nTelefone: (75) 99123-4567\nE-mail: joao@example.com.br\n"
      "12/03/2025 08:12 - João Silva: *EXPERIÊNCIA*\n▪️ Motorista de ônibus - Viação Feira, Feira de Santana (2018 - 2024)\n"
      "▪️ Auxiliar de logística - Atacadão, Feira de Santana (2011 - 2014)\n12/03/2025 08:13 - RH Empresa: Obrigado, recebido!\n");
  CHECK(split.contact.email == "joao@example.com.br");
  CHECK(split.work.size() == 2);
  auto log = parse_text(
      "Kevin O'Brien\nkevin@example.ie\n\nEXPERIENCE\n\nIncident Manager, Bank of Ireland, Dublin\n2019 - Present\n"
      "12/03/2023 08:09 - Alert: payments outage opened\n12/03/2023 08:15 - Alert: bridge call started\n"
      "12/03/2023 09:40 - Alert: service restored\n\nEDUCATION\n\nBSc Computer Science, Trinity College Dublin, 2012\n");
  CHECK(log.education.size() == 1);
}

TEST_CASE("review: '<style>' named in a Markdown line skips nothing; a location field's 'Flexible' or a remark is no town") {
  auto styled = parse_text(
      "# Priya Nair\n\npriya@example.in\n\n## Skills\n\n<style> and CSS-in-JS, Tailwind\n\n## Experience\n\n"
      "### Frontend Engineer, Flipkart, Bengaluru\n2019 – Present\n\n- Removed inline </style> blocks\n",
      "cv.md");
  CHECK(styled.work.size() == 1);
  CHECK(parse_text("Daniel Brooks\ndaniel@example.com\nLocation\nFlexible\n\nExperience\n\nEngineer, Acme, Chicago\n2019 - Present\n")
            .contact.city.empty());
  CHECK(parse_text("Emily Tran\nProduct designer who likes calm interfaces. Based in Lisbon. Remote friendly.\nemily@example.com\n")
            .contact.city != "Remote friendly");
}

TEST_CASE("review: stacked name labels over their values join no label to another") {
  auto resume = parse_text(
      "CURRICULUM VITAE\n\nNome\nCognome\nData di nascita\nDavide\nFerrarini\n12/04/1990\n\nCellulare: +39 347 123 4567\n"
      "Email: davide@example.it\n\nESPERIENZA LAVORATIVA\n2018 - oggi  Tecnico di laboratorio, Barilla S.p.A., Parma\n");
  CHECK(resume.contact.name.find("Data di nascita") == std::string::npos);
}

TEST_CASE("a temp-work site's profile: possessive headings with a count, contract chips, logo squares before employers") {
  CHECK(canonical_section("Mes expériences").canonical == "experience");
  CHECK(canonical_section("Minhas experiências").canonical == "experience");
  CHECK(canonical_section("Mes souvenirs").canonical.empty());
  auto resume = parse_text(
      "Kévin Delattre\nkevin@example.fr\n\nMes expériences      4 expériences\n\nCariste   CDI\n"
      "LN   Logisnord Entrepôts — Prouvy (59)\nmars 2022 - aujourd'hui\n• Chargement de semi-remorques\n\n"
      "Préparateur de commandes   Intérim\nND   Nordis Distribution (mission Qapa) — Douchy-les-Mines (59)\n"
      "sept. 2020 - févr. 2022\n• Préparation vocale\n");
  REQUIRE(resume.sections.size() == 1);
  CHECK(resume.sections[0].heading == "Mes expériences");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Cariste");
  CHECK(resume.work[0].company == "Logisnord Entrepôts");
  CHECK(resume.work[1].position == "Préparateur de commandes");
  CHECK(resume.work[1].company == "Nordis Distribution");
}

TEST_CASE("DocBook's numbered entry headings: the subsection's number opens no title; a figure opening a duty stays") {
  auto resume = parse_text(
      "Rahul Deshmukh\nrahul@example.in\n\n1. Professional Experience\n\n"
      "1.1. Senior System Administrator — Vidarbha Urban Co-operative Bank Ltd., Nagpur\nJun 2019 – Present\n"
      "• 2.5 Million transactions a day on the core banking servers\n\n"
      "1.2. System Administrator — Mahagenco, Nagpur\nAug 2015 – May 2019\n• Maintained Linux hosts\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Senior System Administrator");
  CHECK(resume.work[1].position == "System Administrator");
  REQUIRE(!resume.work[0].highlights.empty());
  CHECK(resume.work[0].highlights[0].starts_with("2.5 Million"));
}

TEST_CASE("a date rail's town under the dates, beside the employer its legal form names, though no list knows the town") {
  auto resume = parse_text(
      "Daniel Rieger\nd.rieger@example.de\n\nBERUFSERFAHRUNG\n\n"
      "04/2020 – heute     Schichtleiter Instandhaltung Elektrotechnik\nNeckarsulm          Kolb Verpackungstechnik GmbH\n"
      "                    • Führung einer Schicht mit 7 Mitarbeitenden\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Kolb Verpackungstechnik GmbH");
  CHECK(resume.work[0].location == "Neckarsulm");
}

TEST_CASE("a university, then its faculty or institute after a spaced dash: the university is the school") {
  auto resume = parse_text(
      "Ana Sousa\nana@example.pt\n\nFormação\n\n2014 – 2016   Mestrado em Economia\n"
      "              Universidade de Coimbra — Faculdade de Economia\n\n"
      "2010 – 2013   Licence professionnelle Agronomie\n              Université de Bretagne Occidentale – IUT de Brest\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Universidade de Coimbra");
  CHECK(resume.education[1].institution == "Université de Bretagne Occidentale");
  // A school's own name holding a dash stays whole.
  auto whole = parse_text("Tom Lee\ntom@example.com\n\nEducation\n\n2010 – 2014   BSc Physics\n              University of Wisconsin–Madison\n");
  REQUIRE(whole.education.size() == 1);
  CHECK(whole.education[0].institution == "University of Wisconsin–Madison");
}

TEST_CASE("review: a possessive sub-heading under a job's dates opens no section; numbers and notes that only look like outlines or degrees") {
  auto job = parse_text(
      "Claire Martin\nclaire@example.fr\n\nExpériences professionnelles\n\nResponsable logistique — Leroy Merlin, Nantes\n"
      "2019 – aujourd'hui\nMes réalisations\n- Gestion d'une équipe de 12 préparateurs\n\nChef d'équipe — Geodis, Carquefou\n"
      "2015 – 2019\n- Organisation des tournées\n");
  CHECK(job.work.size() == 2);
  CHECK_FALSE(canonical_section("Mes réalisations").exact);
  auto numbers = parse_text(
      "Thomas Becker\nthomas@example.de\n\nBerufserfahrung\n\n3.5 Jahre Projektleiter bei Airbus, Hamburg\n2015 – 2019\n- Leitung\n\n"
      "15.03. Beginn Ausbildung Kaufmann, Beiersdorf AG\n2008 – 2011\n- Ausbildung\n");
  REQUIRE(numbers.work.size() == 2);
  CHECK(numbers.work[0].position.starts_with("3.5"));
  CHECK(numbers.work[1].position.starts_with("15.03."));
  auto erasmus = parse_text(
      "Alex Morgan\nalex@example.com\n\nEducation\n\nUniversity of Bologna (Erasmus exchange)\nBSc Economics\n2016 – 2017\n");
  REQUIRE(erasmus.education.size() == 1);
  CHECK(erasmus.education[0].study_type == "BSc");
}

TEST_CASE("review: a firm's letters before a lone word or a business function's before a department are no logo") {
  auto resume = parse_text(
      "John Carter\njohn@example.com\n\nExperience\n\nKPN   Kampen\nEngineer\n2013 – 2015\n- Network work\n\n"
      "QA   Qatar Airways\nTest Lead\n01/2020 – present\n- Led regression testing\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "KPN");
  CHECK(resume.work[1].company == "Qatar Airways");
}

TEST_CASE("an Indian form's 'Institution / Board' label: the school after it, not the label nor the exam board") {
  auto resume = parse_text(
      "Rahul Deshmukh\nrahul@example.in\n\nEducational Qualifications\n\n"
      "Qualification: B.E. (Electronics & Telecommunication)\n"
      "Institution / Board: Yeshwantrao Chavan College of Engineering, RTM Nagpur University\nYear of passing: 2013\n\n"
      "Qualification: HSC (Class XII, Science)\nInstitution / Board: Maharashtra State Board, Shivaji Science College, Nagpur\n"
      "Year of passing: 2009\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Yeshwantrao Chavan College of Engineering");
  CHECK(resume.education[1].institution == "Shivaji Science College");
}

TEST_CASE("an Indian job site's 'Job Profile:' over a job's duties is the duties' label, no profile section") {
  auto resume = parse_text(
      "Aniket Wankhede\naniket@example.in\n\nWork Experience\n\nArea Business Manager\nZydara Pharmaceuticals Ltd. | Nagpur\n"
      "Apr 2021 - Present (3 Yrs 8 Mos)\nJob Profile:\n• Leading a team of 7 Medical Representatives.\n• Achieved 118% of target.\n\n"
      "Senior Medical Representative\nAlkemia Healthcare Pvt. Ltd. | Nagpur\nJul 2017 - Mar 2021\nJob Profile:\n"
      "• Promoted the gastro portfolio.\n• Grew HQ sales.\n");
  CHECK(resume.sections.size() == 1);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[1].company == "Alkemia Healthcare Pvt. Ltd.");
}

TEST_CASE("an application's ID with its code letter and a Lattes CEP before its town are no phone") {
  auto nhs = parse_text(
      "Job reference: 362-RLI-6127-24 · Application ID: A-4410928\n\nHollie Braithwaite\n"
      "Email address      hollie@example.co.uk\nMain phone number      07723 418 905\n");
  CHECK(nhs.contact.phone == "07723 418 905");
  auto lattes = parse_text("Ana Souza\nEndereço Profissional\nUniversidade Federal de Lavras\n37203202 - Lavras, MG - Brasil\n"
                           "Telefone: (35) 38291412\n");
  CHECK(lattes.contact.phone == "(35) 38291412");
}

TEST_CASE("a Quarto page's YAML title names the person when the page's e-mail spells it") {
  auto quarto = parse_text(
      "---\ntitle: \"Giulia Zanin\"\nsubtitle: \"Data analyst junior\"\nlang: it\n---\n\n"
      "{{< fa envelope >}} [giulia.zanin@example.it](mailto:giulia.zanin@example.it) · {{< fa brands github >}} "
      "[gzanin](https://github.com/gzanin)\n\n## Profilo\n\nNeolaureata magistrale in Statistica.\n",
      "cv.md");
  CHECK(quarto.contact.name == "Giulia Zanin");
  // A post as the title, the e-mail spelling no word of it, names no one.
  auto post = parse_text("---\ntitle: Senior Engineer\n---\n\n[jr@example.com](mailto:jr@example.com)\n\n## Experience\n", "cv.md");
  CHECK(post.contact.name != "Senior Engineer");
}

TEST_CASE("a mail thread: the résumé is the quoted message the recruiter answered, not her signature; a greeting is no name") {
  std::string quoted;
  for (const char* line : {"Buenos días, Marta:", "", "Te envío mi currículum actualizado.", "", "SERGIO ÁLVAREZ RODRÍGUEZ",
                           "Delegado comercial", "Móvil: 626 418 903 | sergio@example.es", "", "EXPERIENCIA PROFESIONAL", "",
                           "Delegado comercial zona noroeste – Cerámicas del Bierzo, S.L.", "03/2018 – actualidad",
                           "- Cartera de 180 clientes", "- Crecimiento del 22 % en ventas", "", "FORMACIÓN", "",
                           "Técnico Superior en Comercio Internacional – IES Virgen de la Encina, 2010"})
    quoted += std::string("> ") + line + "\n";
  auto resume = parse_text(
      "De: Marta Ibáñez Castro <marta@example.es>\nPara: Sergio Álvarez <sergio@example.es>\nAsunto: Re: CV actualizado\n\n"
      "Hola Sergio:\n\nRecibido, gracias.\n\n--\nMarta Ibáñez Castro\nTel. 987 41 22 90 | marta@example.es\n\n"
      "El lun, 3 nov 2025 a las 9:41, Sergio Álvarez escribió:\n" + quoted);
  CHECK(resume.contact.name == "SERGIO ÁLVAREZ RODRÍGUEZ");
  CHECK(resume.contact.phone == "626 418 903");
  CHECK(resume.work.size() == 1);
}

TEST_CASE("a street beside its address label with the rest stacked below down to the postcode; a bracketed list is no address") {
  auto nhs = parse_text(
      "Hollie Braithwaite\n\nPersonal details\nFull name            Hollie Braithwaite\nAddress              27 Coulston Road\n"
      "                     Bowerham\n                     Lancaster\n                     Lancashire\n                     LA1 3AB\n"
      "Email address        hollie@example.co.uk\nMain phone number    07723 418 905\n");
  CHECK(nhs.contact.location_text == "Lancaster, Lancashire");
  auto list = parse_text("Nomvula Dlamini\n11 years in mineral processing plants (DMS, XRT, flotation)\nnomvula@example.co.za\n");
  CHECK(list.contact.location_text.find("flotation") == std::string::npos);
}

TEST_CASE("cv4tw's rail: a town with its département's code under the dates, then the contract's note, are no employer") {
  auto resume = parse_text(
      "Sébastien Kieffer\nseb@example.fr\n\nExpérience professionnelle\n\n"
      "mars 2019 – aujourd'hui   Responsable d'exploitation, Logistique Mosellane Services (LMS)\nEnnery (57)\n"
      "CDI – 70 collaborateurs\n▷ Encadrement de 4 chefs d'équipe\n\n"
      "sept. 2014 – févr. 2019   Superviseur d'entrepôt, Euro-Stock Services\nPhalsbourg (57)\nCDI – flux GMS\n▷ Gestion des stocks\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Responsable d'exploitation");
  CHECK(resume.work[0].company == "Logistique Mosellane Services (LMS)");
  CHECK(resume.work[0].location == "Ennery (57)");
  CHECK(resume.work[1].company == "Euro-Stock Services");
}

TEST_CASE("a Markdown page's HTML comment over several lines prints nothing: the job inside it is no job") {
  auto resume = parse_text(
      "# Priya Shah\n\npriya@example.ca\n\n## Experience\n\n### Field Technician · Golder Associates\n*Kingston, ON · 2019 – 2022*\n\n"
      "- Sampled groundwater.\n\n<!--\n### Barista · Balzac's Coffee Roasters\n*Kingston, ON · 2015 – 2017*\n- Opening shifts.\n-->\n\n"
      "## Education\n\n### B.Sc., Environmental Science\nQueen's University · 2015 – 2019\n",
      "cv.md");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Golder Associates");
}

TEST_CASE("review: a reply carrying the CV above a quoted job advert keeps the CV; '>' bullets make no thread") {
  auto reply = parse_text("From: Sophie Martin <sophie.martin@gmail.com>\nSent: Tuesday, 12 March 2024 09:41\nTo: Recrutement <recrutement@groupe-alpha.fr>\nSubject: RE: Candidature - Chargée de communication\n\nBonjour,\n\nSuite à votre message, voici mon CV.\n\nSophie Martin\n12 rue des Lilas, 69003 Lyon\n06 12 34 56 78 - sophie.martin@gmail.com\n\nEXPÉRIENCE PROFESSIONNELLE\n\nChargée de communication\nGroupe SEB, Écully\n2019 - 2024\n\nAssistante communication\nBioderma, Lyon\n2016 - 2019\n\nFORMATION\n\nMaster Communication des organisations\nUniversité Lumière Lyon 2\n2014 - 2016\n\nCOMPÉTENCES\nAdobe InDesign, WordPress, relations presse\n\nCordialement,\nSophie Martin\n\n> De : Recrutement <recrutement@groupe-alpha.fr>\n> Envoyé : lundi 11 mars 2024 17:02\n> À : Sophie Martin\n> Objet : Candidature - Chargée de communication\n>\n> Bonjour Madame Martin,\n>\n> Merci pour votre intérêt. Voici le descriptif du poste :\n>\n> Missions :\n> - Mission 1 : piloter les actions de communication interne et externe du groupe\n> - Mission 2 : piloter les actions de communication interne et externe du groupe\n> - Mission 3 : piloter les actions de communication interne et externe du groupe\n> - Mission 4 : piloter les actions de communication interne et externe du groupe\n> - Mission 5 : piloter les actions de communication interne et externe du groupe\n> - Mission 6 : piloter les actions de communication interne et externe du groupe\n> - Mission 7 : piloter les actions de communication interne et externe du groupe\n> - Mission 8 : piloter les actions de communication interne et externe du groupe\n> - Mission 9 : piloter les actions de communication interne et externe du groupe\n> - Mission 10 : piloter les actions de communication interne et externe du groupe\n> - Mission 11 : piloter les actions de communication interne et externe du groupe\n> - Mission 12 : piloter les actions de communication interne et externe du groupe\n> - Mission 13 : piloter les actions de communication interne et externe du groupe\n> - Mission 14 : piloter les actions de communication interne et externe du groupe\n> - Mission 15 : piloter les actions de communication interne et externe du groupe\n>\n> Profil recherché :\n> - Compétence 1 attendue pour ce poste\n> - Compétence 2 attendue pour ce poste\n> - Compétence 3 attendue pour ce poste\n> - Compétence 4 attendue pour ce poste\n> - Compétence 5 attendue pour ce poste\n> - Compétence 6 attendue pour ce poste\n> - Compétence 7 attendue pour ce poste\n> - Compétence 8 attendue pour ce poste\n> - Compétence 9 attendue pour ce poste\n>\n> Merci de nous transmettre votre CV à jour.\n>\n> Cordialement,\n> Service Recrutement\n> Groupe Alpha\n> Tél. 04 72 00 00 00\n");
  CHECK(reply.contact.name == "Sophie Martin");
  CHECK(reply.contact.email == "sophie.martin@gmail.com");
  auto bullets = parse_text(
      "From: Laura Pérez <laura@example.es>\nSent: Monday, 4 March 2024\nTo: Hiring <jobs@example.es>\nSubject: FW: CV\n\n"
      "DANIEL MORENO\ndaniel@example.es | +34 612 345 678\n\nPROFESSIONAL EXPERIENCE\n\nSenior Data Analyst\nTelefónica, Madrid\n2019 - 2024\n"
      "> Built churn models\n> Automated weekly reporting in Python\n> Led a team of 3\n> Presented to the board\n> Cut costs\n"
      "> Built dashboards\n> Trained analysts\n> Wrote SQL\n> Ran A/B tests\n> Owned the data catalogue\n");
  CHECK(bullets.contact.name == "DANIEL MORENO");
}

TEST_CASE("review: a YAML title is no name unless the e-mail spells every word, nor over a name the page prints") {
  auto post = parse_text("---\ntitle: Data Engineer\n---\n\n**Priya Nair**\npriya.data@example.com\n\n## Experience\n", "cv.md");
  CHECK(post.contact.name == "Priya Nair");
  auto heading = parse_text("---\ntitle: Marketing Manager\n---\n\n## Julia Weber\n\njulia.marketing@example.de\n\n## Berufserfahrung\n", "cv.md");
  CHECK(heading.contact.name == "Julia Weber");
}

TEST_CASE("review: a labelled 8-digit number before a town is a phone; an employer with a code under the dates stays the employer") {
  CHECK(parse_text("Ana Souza\nana@example.br\nTelefone: 38223344 - Lavras, MG\n").contact.phone == "38223344");
  auto coded = parse_text("Julien Petit\njulien.petit@gmail.com · 06 11 22 33 44 · Lille\n\nEXPÉRIENCE PROFESSIONNELLE\n\nEmployé libre-service\n2018 – 2020\nCarrefour Market (59)\nMise en rayon, gestion des stocks.\n\nVendeur\n2016 – 2018\nDecathlon (FR)\nConseil client au rayon cycles.\n\nDéveloppeur\n2020 – 2024\nSopra Steria (BE)\nApplications Java.\n\nFORMATION\nBTS MUC, Lycée Baggio, Lille\n2014 – 2016\n");
  REQUIRE(coded.work.size() >= 1);
  CHECK(coded.work[0].company.starts_with("Carrefour Market"));
}

TEST_CASE("rounds 95–96: docsify's heading anchors, a Confluence page's wiki markup, a CV code's label") {
  auto docsify = parse_text(
      "# Bronte McAllister :id=top\n\n**Environmental Scientist**\n\n📞 0412 583 906 · ✉️ [bronte@example.com.au](mailto:bronte@example.com.au)\n\n"
      "## Experience :id=experience\n\n### Water Quality Officer — Reef Catchments\n*Cairns, QLD · 2020 – Present*\n\n- Sampled 40 sites.\n",
      "cv.md");
  CHECK(docsify.contact.name == "Bronte McAllister");
  REQUIRE(!docsify.sections.empty());
  CHECK(docsify.sections[0].heading == "Experience");
  auto confluence = parse_text(
      "h1. Lindiwe Khumalo, Pr.Eng\n\n{status:colour=Green|title=Available for bids}  *Senior Civil Engineer*\n\n{section}\n"
      "{panel:title=Contact details}\n*Mobile:* +27 82 614 3390\n*Email:* [lindiwe@example.co.za|mailto:lindiwe@example.co.za]\n{panel}\n"
      "{section}\n\nh2. Employment record\n\nh3. Outeniqua Consulting Engineers (Pty) Ltd — Senior Civil Engineer\n"
      "_George · Mar 2019 – present_\n* Led the water team.\n");
  CHECK(confluence.contact.name == "Lindiwe Khumalo");
  CHECK(confluence.contact.email == "lindiwe@example.co.za");
  CHECK(confluence.contact.phone == "+27 82 614 3390");
  auto code = parse_text("elempleo.com   Código de hoja de vida: 8817354\n\nLaura Pabón\nlaura@example.co\n"
                         "Teléfono celular   315 482 7710\n");
  CHECK(code.contact.phone == "315 482 7710");
}

TEST_CASE("review: a YAML title's accented surname and an initial-and-surname mailbox spell it; Outlook's 'Original Message' quotes a thread") {
  auto accented = parse_text("---\ntitle: \"José García\"\n---\n\n[jose.garcia@example.es](mailto:jose.garcia@example.es)\n\n## Experiencia\n", "cv.md");
  CHECK(accented.contact.name == "José García");
  auto initial = parse_text("---\ntitle: \"Giulia Zanin\"\n---\n\n[gzanin@example.it](mailto:gzanin@example.it)\n\n## Esperienze\n", "cv.md");
  CHECK(initial.contact.name == "Giulia Zanin");
  std::string quoted;
  for (const char* line : {"SOPHIE MARTIN", "sophie@example.fr | 06 12 34 56 78", "", "EXPÉRIENCE", "",
                           "Chargée de communication – Groupe SEB, Écully", "2019 - 2024", "- Refonte du site", "",
                           "Assistante communication – Bioderma, Lyon", "2016 - 2019", "- Réseaux sociaux"})
    quoted += std::string("> ") + line + "\n";
  auto outlook = parse_text(
      "From: Recrutement <jobs@example.fr>\nSent: Tuesday, 12 March 2024\nTo: Sophie Martin <sophie@example.fr>\nSubject: RE: CV\n\n"
      "Merci, bien reçu.\n\n-----Original Message-----\n" + quoted);
  CHECK(outlook.contact.name == "SOPHIE MARTIN");
}

TEST_CASE("re-read: a kind of post before a dash under the dates is a title, no contract note ('Stage – assistante logistique')") {
  auto resume = parse_text(
      "Léa Martin\nlea@example.fr\n\nExpériences\n\n2019 – 2020   Charente Fret, Angoulême\nStage – assistante logistique\n"
      "• Suivi des expéditions\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position.find("assistante logistique") != std::string::npos);
}
