// Held-out rounds 95–102 leftovers: what session 44's documents taught.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/structure/dates.h"
#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "resume_test_helpers.h"

using namespace atslint;

namespace {

std::vector<std::string> degrees_of(const std::string& education_lines) {
  auto resume = parse_text("Asha Rao\nasha@example.com\n+44 20 7946 0000\n\nEducation\n\n" + education_lines);
  std::vector<std::string> degrees;
  for (const auto& entry : resume.education) degrees.push_back(entry.study_type);
  return degrees;
}

}  // namespace

TEST_CASE("a bracket after a degree naming its kind, exam board, school year or conferred title belongs to it") {
  CHECK(degrees_of("MBA (Executive), Indian Institute of Management Indore, 2015\n") ==
        std::vector<std::string>{"MBA (Executive)"});
  CHECK(degrees_of("MSc (Eng), University of Cape Town, 2012\n") == std::vector<std::string>{"MSc (Eng)"});
  CHECK(degrees_of("Class XII (ISC), St. Francis College, 2008\n") == std::vector<std::string>{"Class XII (ISC)"});
  CHECK(degrees_of("Technische Berufsmaturität (BM 1), Berufsfachschule Winterthur, 2016\n") ==
        std::vector<std::string>{"Technische Berufsmaturität (BM 1)"});
  CHECK(degrees_of("Promotion (Dr.-Ing.), TU Braunschweig, 2014\n") == std::vector<std::string>{"Promotion (Dr.-Ing.)"});
  // A field in brackets stays the field.
  auto resume = parse_text("Asha Rao\nasha@example.com\n\nEducation\n\nB.E. (Mechanical Engineering), Anna University, 2012\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "B.E.");
  CHECK(resume.education[0].area == "Mechanical Engineering");
}

TEST_CASE("'MBA / PGDM': one programme under two names is one degree") {
  CHECK(degrees_of("MBA / PGDM, Madurai Kamaraj University, 2016\n") == std::vector<std::string>{"MBA / PGDM"});
  CHECK(degrees_of("PGDM, Symbiosis Institute of Business Management, 2019\n") == std::vector<std::string>{"PGDM"});
}

TEST_CASE("Italian 'Diploma di …' names read whole: the liceo's track and the school's kind; a vocational one keeps its trade apart") {
  CHECK(degrees_of("Diploma di maturità artistica, Liceo Artistico Medardo Rosso, 2010\n") ==
        std::vector<std::string>{"Diploma di maturità artistica"});
  CHECK(degrees_of("Diploma di scuola secondaria superiore, ITG Galilei, 2009\n") ==
        std::vector<std::string>{"Diploma di scuola secondaria superiore"});
  // A vocational diploma names its trade as the field, as eight labels of ten write it.
  auto trade = parse_text("Asha Rao\nasha@example.com\n\nEducation\n\nDiploma di Tecnico delle Industrie Elettriche, IPSIA Lecce, 2009\n");
  REQUIRE(trade.education.size() == 1);
  CHECK(trade.education[0].study_type == "Diploma");
  CHECK(trade.education[0].area == "Tecnico delle Industrie Elettriche");
}

TEST_CASE("school-leaving and vocational qualifications read as degrees in their printed names") {
  CHECK(degrees_of("12th Pass, Govt. Senior Secondary School, Jodhewal, 2015\n") == std::vector<std::string>{"12th Pass"});
  CHECK(degrees_of("10th Pass (SSC), Janata Vidyalaya, Satpur, 2013\n") == std::vector<std::string>{"10th Pass (SSC)"});
  CHECK(degrees_of("ITI, Government ITI Ludhiana, 2017\n") == std::vector<std::string>{"ITI"});
  CHECK(degrees_of("PUC, St. Aloysius PU College, 2012\n") == std::vector<std::string>{"PUC"});
  CHECK(degrees_of("N3 Certificate, Matjhabeng TVET College, 2012\n") == std::vector<std::string>{"N3 Certificate"});
  CHECK(degrees_of("Grade 12 Diploma, Vincent Massey Collegiate, 2011\n") == std::vector<std::string>{"Grade 12 Diploma"});
  CHECK(degrees_of("Trade Test, Olifantsfontein Trade Test Centre, 2014\n") == std::vector<std::string>{"Trade Test"});
  CHECK(degrees_of("Western Australian Certificate of Education (WACE), Bunbury Senior High School, 2014\n") ==
        std::vector<std::string>{"Western Australian Certificate of Education (WACE)"});
  CHECK(degrees_of("BTEC Level 3 Extended Diploma, Lancaster and Morecambe College, 2016\n") ==
        std::vector<std::string>{"BTEC Level 3 Extended Diploma"});
  CHECK(degrees_of("Graduado en Educación Secundaria Obligatoria, IES Getafe, 2012\n") ==
        std::vector<std::string>{"Graduado en Educación Secundaria Obligatoria"});
  CHECK(degrees_of("FP de Grado Medio en Cocina, IES Getafe, 2014\n") == std::vector<std::string>{"FP de Grado Medio"});
  CHECK(degrees_of("HBO-Bachelor Verpleegkunde, HZ University of Applied Sciences, 2018\n") ==
        std::vector<std::string>{"HBO-Bachelor"});
  CHECK(degrees_of("Werkmeisterschule Maschinenbau, WIFI Dornbirn, 2015\n") == std::vector<std::string>{"Werkmeisterschule"});
  CHECK(degrees_of("Erste Juristische Prüfung, Universität Bayreuth, 2016\n") ==
        std::vector<std::string>{"Erste Juristische Prüfung"});
  CHECK(degrees_of("Maîtrise en éducation, Université de Sherbrooke, 2019\n") == std::vector<std::string>{"Maîtrise"});
}

TEST_CASE("'Maîtrise' of a tool is a skill, not a degree; 'Grade 12' teaching is no school year") {
  auto resume = parse_text("Léa Martin\nlea@example.fr\n\nCompétences\n\nMaîtrise du Pack Office\nMaîtrise de l'anglais\n");
  CHECK(resume.education.empty());
  CHECK(degree_length("Maîtrise du Pack Office") == 0);
  CHECK(degree_length("Grade 12 Mathematics Teacher") == 0);
  CHECK(degree_length("Grade 12 (Matric)") == std::string("Grade 12 (Matric)").size());
}

TEST_CASE("an Austrian or Swiss apprenticeship 'Lehre als' names its trade as the field, as 'Ausbildung zum' does") {
  auto resume = parse_text("Lukas Huber\nlukas@example.at\n\nAusbildung\n\nLehre als Koch, Landesberufsschule Waizenkirchen, 2010 – 2013\n"
                           "Berufslehre als Elektroinstallateur EFZ, Gewerbliche Berufsschule Chur, 2008 – 2012\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Lehre");
  CHECK(resume.education[0].area == "Koch");
  CHECK(resume.education[0].institution == "Landesberufsschule Waizenkirchen");
  CHECK(resume.education[1].study_type == "Berufslehre");
  CHECK(resume.education[1].area == "Elektroinstallateur EFZ");
  CHECK(resume.education[1].institution == "Gewerbliche Berufsschule Chur");
}

TEST_CASE("schools known by their initials: India's ITI, Brazil's Fatec") {
  auto resume = parse_text("Ana Souza\nana@example.com.br\n\nFormação\n\nTecnólogo em Logística, Fatec Jundiaí, 2018\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Fatec Jundiaí");
  CHECK(resume.education[0].area == "Logística");
}

TEST_CASE("a consultancy's skills file: 'Client :' names the employer; context, achievements and tools rows stay in their mission") {
  auto resume = parse_text(
      "Sébastien G.\nIngénieur Qualité Fournisseurs\n\nEXPÉRIENCES PROFESSIONNELLES\n\n"
      "Client : Vosges Fonderie Technologies – Golbey (88)\nSept. 2021 – aujourd'hui\nPoste   Ingénieur Qualité Fournisseurs (SQE)\n"
      "Contexte   Fonderie aluminium sous pression (carters et supports moteur). Renfort de l'équipe\n"
      "achats-qualité lors du lancement de deux programmes.\nRéalisations   • Suivi d'un panel de 38 fournisseurs\n"
      "• Validation de 54 dossiers PPAP niveau 3\nEnvironnement   IATF 16949, APQP, PPAP, VDA 6.3\n"
      "Employeur : Plastiques de la Meurthe SAS – Lunéville (54)\n2015 – 2019\nPoste   Ingénieur Qualité Produit (CDI)\n"
      "Réalisations   • Responsable qualité de 3 clients automobiles\n• Animation des QRQC quotidiens\nEnvironnement   ISO/TS 16949, 8D\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Vosges Fonderie Technologies");
  CHECK(resume.work[0].position == "Ingénieur Qualité Fournisseurs (SQE)");
  CHECK(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[0] == "Suivi d'un panel de 38 fournisseurs");
  CHECK(resume.work[1].company == "Plastiques de la Meurthe SAS");
  CHECK(resume.work[1].location == "Lunéville (54)");
  CHECK(resume.work[1].highlights.size() == 2);
}

TEST_CASE("OCR lost the '@' of an e-mail beside its label: the mailbox and the domain joined again") {
  auto resume = parse_text("Rubén Sánchez-Escribano Gil\n\nDATOS PERSONALES\n\nTeléfono:   678 245109\n"
                           "Correo electrónico:   rsanchezescribano   gmail.com\n\nEXPERIENCIA\n\nTécnico\nCerámicas La Jara, S.A.\n2018 - 2020\n");
  CHECK(resume.contact.email == "rsanchezescribano@gmail.com");
  auto signed_off = parse_text("Ana Ruiz\nana@example.es\n\nEXPERIENCIA\n\nTécnico\nCerámicas La Jara, S.A.\n2018 - 2020\n");
  CHECK(signed_off.contact.email == "ana@example.es");
}

TEST_CASE("a labelled Spanish address: 'C/' street, a dash, then the postcode, the town and its province") {
  auto resume = parse_text("Rubén Gil\nrg@example.es\n\nDATOS PERSONALES\n\n"
                           "Dirección:      C/ Río Alberche, 14 - 45600 Talavera de la Reina (Toledo)\nTeléfono: 678 245109\n\n"
                           "EXPERIENCIA\n\nTécnico\nCerámicas, S.A.\n2018 - 2020\n");
  CHECK(resume.contact.city == "Talavera de la Reina");
  CHECK(resume.contact.location_text == "Talavera de la Reina (Toledo)");
}

TEST_CASE("a sidebar's postcode and town under the e-mail and phone, its region on the next line after a comma") {
  auto resume = parse_text("Joanna Kowalczyk-Brandt\nFachgesundheits- und Krankenpflegerin\n\nKONTAKT\n\nj.kowalczyk-brandt@web.de\n"
                           "0176 3382 9104\n03046 Cottbus,\nBrandenburg\nFührerschein Klasse B\n\nBERUFSERFAHRUNG\n\n"
                           "Fachpflegekraft Intensivpflege\nCarl-Thiem-Klinikum Cottbus\nseit 10/2016\n");
  CHECK(resume.contact.city == "Cottbus");
  CHECK(resume.contact.region == "Brandenburg");
}

TEST_CASE("a labelled place below an agency's letterhead is the home; the regions one would move to are not") {
  auto resume = parse_text("DOSSIER DE COMPÉTENCES\nALTÉRYS\nRéf. AI-NCY-2025-0417\nINGÉNIERIE & CONSEIL\nSébastien G.\n"
                           "VOTRE CONTACT ALTÉRYS\nAurélie Mathis\nBusiness Manager – Agence\nIngénieur Qualité Fournisseurs\n"
                           "03 83 41 27 90\n11 ans d'expérience\na.mathis@example.fr\nLocalisation : Nancy (54)\n"
                           "Mobilité : Grand Est, Luxembourg, Sarre\n\nSYNTHÈSE\n\nIngénieur généraliste.\n");
  CHECK(resume.contact.city == "Nancy");
}

TEST_CASE("no phone from a teacher's reference number or from a running header's date and time") {
  auto resume = parse_text("Hannah Whitworth\nhannah@example.com\n\nTeaching details\n\nTeacher Reference Number (TRN)   1839472\n"
                           "\nWork experience\n\nTeacher\nBrockwell School\n2020 - 2022\n");
  CHECK(resume.contact.phone.empty());
  auto headed = parse_text("lebenslauf.pod - 2025-02-17 22:41\nNAME\nAnnika Weißgerber\nMobil: 0170 4826195\n"
                           "E-Mail: annika@example.de\n\nBERUFSERFAHRUNG\n\nSystemadministratorin\nMoselland AG\n06/2018 - heute\n");
  CHECK(headed.contact.phone == "0170 4826195");
}

TEST_CASE("a dash before the field is no part of it") {
  auto resume = parse_text("Asha Rao\nasha@example.com\n\nEducation\n\nTrade Test – Boilermaker (Red Seal), Tshwane South TVET College, 2014\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Trade Test");
  CHECK(resume.education[0].area == "Boilermaker (Red Seal)");
}

TEST_CASE("a firm's department under each of its roles is no employer: the banner above employs both") {
  auto resume = parse_text(
      "Inês Freitas\nines@example.pt\n\nExperiência profissional\n\nAbreu Spínola & Associados, Sociedade de Advogados – Funchal\n"
      "Advogada associada sénior   jan. 2014 – ago. 2020\nDepartamento de Contencioso\n– Condução autónoma de processos cíveis.\n"
      "Advogada associada   set. 2008 – dez. 2013\nDepartamento de Contencioso\n– Elaboração de peças processuais.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Abreu Spínola & Associados, Sociedade de Advogados");
  CHECK(resume.work[1].company == "Abreu Spínola & Associados, Sociedade de Advogados");
  CHECK(resume.work[1].position == "Advogada associada");
}

TEST_CASE("a faculty named before its university: the university is the school") {
  std::string school = "Faculty of Economics, University of Belgrade";
  drop_unit_before_university(school);
  CHECK(school == "University of Belgrade");
}

TEST_CASE("an agency's labelled employer: the firm's sector after a middle dot is no part of its name") {
  auto resume = parse_text("Davide Ferraresi\ndavide@example.it\n\nESPERIENZE PROFESSIONALI\n\nPeriodo   09/2014 – 02/2019\n"
                           "Azienda   Padana Agrimacchine S.r.l. – Suzzara (MN) · macchine agricole\nRuolo   Tecnologo di processo senior\n"
                           "Periodo   01/2012 – 08/2014\nAzienda   Bonfiglioli Trasmissioni S.p.A. – Calderara di Reno (BO)\nRuolo   Ingegnere di processo\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Padana Agrimacchine S.r.l.");
  CHECK(resume.work[0].location == "Suzzara (MN)");
}

TEST_CASE("a Redmine wiki page in Textile reads as its Markdown: headings, a header row's table, links and spans") {
  auto resume = parse_text(
      "{{>toc}}\n\n[[Beraterprofile|« Übersicht]]\n\nh1. Beraterprofil Tobias Lenz\n\n%{color:#888}Stand: 14.05.2024%\n\n"
      "!tlenz.jpg!\n\n|_. E-Mail | tobias.lenz@example.de |\n|_. Profil | \"XING\":https://www.xing.com/profile/Tobias_Lenz7 |\n\n"
      "h2. Kernkompetenzen\n\n|_. Bereich |_. Kenntnisse |_. Niveau |\n| Steuerungstechnik | S7-1500, TIA Portal V18 | ★★★ |\n"
      "| Kommunikation | PROFINET, OPC UA | ★★☆ |\n\nh2. Beruflicher Werdegang\n\nh3. MH Mittelhessen Automation GmbH, Wetzlar\n\n"
      "*Inbetriebnahme-Ingenieur* (seit 04/2018)\n\n* SPS- und HMI-Programmierung\n");
  CHECK(resume.contact.name == "Tobias Lenz");
  CHECK(resume.contact.email == "tobias.lenz@example.de");
  REQUIRE(resume.skills.size() == 2);
  CHECK(resume.skills[0].name == "Steuerungstechnik");
  CHECK(resume.skills[0].keywords == std::vector<std::string>{"S7-1500", "TIA Portal V18"});
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "MH Mittelhessen Automation GmbH");
  CHECK(resume.work[0].position == "Inbetriebnahme-Ingenieur");
}

TEST_CASE("a document title run into the name ('Lebenslauf Tobias Lenz') is no part of it; 'Resume Writing Services' is no name") {
  auto titled = parse_text("Lebenslauf Tobias Lenz\ntobias@example.de\n\nBerufserfahrung\n\nIngenieur\nACME GmbH\n2018 - 2020\n");
  CHECK(titled.contact.name == "Tobias Lenz");
  auto service = parse_text("Resume Writing Services\ntobias@example.de\n\nBerufserfahrung\n\nIngenieur\nACME GmbH\n2018 - 2020\n");
  CHECK(service.contact.name != "Writing Services");
}

TEST_CASE("a projects table in Markdown: one project per row, named by its first cell") {
  auto resume = parse_text("Thabo Nkosi\nthabo@example.co.za\n\n## Projects\n\n| Project | Client | Value |\n|---|---|---|\n"
                           "| Groot Brak Water Treatment Works upgrade | Mossel Bay Municipality | R 145 m |\n"
                           "| Thembalethu bulk sewer rehabilitation | George Municipality | R 98 m |\n", "cv.md");
  REQUIRE(resume.projects.size() == 2);
  CHECK(resume.projects[0].name == "Groot Brak Water Treatment Works upgrade");
  CHECK(resume.projects[0].description == "Mossel Bay Municipality, R 145 m");
}

TEST_CASE("a wiki table's row of header cells gets Markdown's rule; a row led by its own label does not") {
  auto resume = parse_text("h1. Thabo Nkosi\n\n{panel}\n||Email|thabo@example.co.za|\n||Nationality|South African|\n{panel}\n\n"
                           "h2. Projects\n\n||Project||Client||\n|Groot Brak upgrade|Mossel Bay Municipality|\n|Knysna WC/WDM|Knysna Municipality|\n");
  CHECK(resume.contact.email == "thabo@example.co.za");
  REQUIRE(resume.projects.size() == 2);
  CHECK(resume.projects[1].name == "Knysna WC/WDM");
}

TEST_CASE("Spain's vocational cycle in brackets names the Técnico's degree; 'Grade 12' in brackets is a school year, no score") {
  CHECK(degrees_of("Técnico (Ciclo Formativo de Grado Medio), IES Talavera, 2008\n") ==
        std::vector<std::string>{"Técnico (Ciclo Formativo de Grado Medio)"});
  CHECK(degrees_of("Técnico en Cocina y Gastronomía (Ciclo Formativo de Grado Medio), IES Albacete, 2012\n") ==
        std::vector<std::string>{"Técnico (Ciclo Formativo de Grado Medio)"});
  CHECK(degrees_of("Técnico de Mantenimiento, Cerámicas La Jara, 2012\n") == std::vector<std::string>{""});  // a post, no degree
  CHECK(degrees_of("Honours Bachelor of Science, Wilfrid Laurier University, 2016\n") ==
        std::vector<std::string>{"Honours Bachelor of Science"});
  CHECK(degrees_of("Mention complémentaire Cuisinier en desserts de restaurant, Lycée hôtelier de Dinard, 2015\n") ==
        std::vector<std::string>{"Mention complémentaire"});
  auto resume = parse_text("Asha Rao\nasha@example.com\n\nEducation\n\nHigh School Diploma (Grade 12), Carlton Comprehensive High School, 2009\n"
                           "BSc Nursing, University of Regina, 2013, Grade: 82%\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "High School Diploma (Grade 12)");
  CHECK(resume.education[0].institution == "Carlton Comprehensive High School");
  CHECK(resume.education[0].score.empty());
  CHECK(resume.education[1].score == "82");
}

TEST_CASE("ratings drawn as dots after each skill of a row part the skills") {
  auto resume = parse_text("Brodie McAlister\nbrodie@example.com.au\n\nSOFTWARE\n\nDeswik.CAD ●●●●● Deswik.Sched ●●●●○\n"
                           "GEOVIA Surpac ●●●●○ Maptek Vulcan ●●●○○\n");
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].keywords == std::vector<std::string>{"Deswik.CAD", "Deswik.Sched", "GEOVIA Surpac", "Maptek Vulcan"});
}

TEST_CASE("a recruiter's mail with the résumé pasted under 'RESUME': the candidate's details, not the sender's") {
  auto resume = parse_text(
      "From: Ritika Sharma <ritika.sharma@example-hr.in>\nTo: \"HR\" <hr@example-forge.in>\nDate: Tue, 11 Mar 2025 16:52:07 +0530\n"
      "Subject: Profile Submission - Rohit Kumar Mahato\n\nDear Sir/Madam,\n\nPlease find below the profile of the candidate.\n\n"
      "Thanks & Regards,\nRitika Sharma\nSenior Consultant\nM: +91 93341 22870\n\n------------------------------\n\nRESUME\n\n"
      "ROHIT KUMAR MAHATO\nMobile: +91 97714 50382\nE-mail: rohit.k.mahato94@example.com\n\nWORK EXPERIENCE\n\n"
      "1) Kolhan Steel & Alloys Ltd., Gamharia\n   Designation : Sr. Engineer - Mechanical Maintenance\n   Duration    : Jan' 2021 to Till Date\n\n"
      "   Roles & Responsibilities:\n   Ø  Responsible for mechanical maintenance of the bar mill.\n   Ø  Preparation of annual shutdown schedules.\n");
  CHECK(resume.contact.name == "ROHIT KUMAR MAHATO");
  CHECK(resume.contact.email == "rohit.k.mahato94@example.com");
  CHECK(resume.contact.phone == "+91 97714 50382");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].start.iso() == "2021-01");
  CHECK(resume.work[0].highlights.size() == 2);
}

TEST_CASE("'Jan' 2021': India's apostrophe after a month; '§ 34a GewO' and 'Ø 12 mm' open no list item") {
  auto dated = find_date("Jul' 2018 to Dec' 2020");
  REQUIRE(dated);
  CHECK(dated->start.iso() == "2018-07");
  CHECK(dated->end.iso() == "2020-12");
  auto resume = parse_text("Jan Weber\njan@example.de\n\nKENNTNISSE\n\n§ 34a GewO Sachkunde\nØ 12 mm Bohrungen\n");
  REQUIRE(resume.skills.size() == 1);
  CHECK(resume.skills[0].keywords.front() == "§ 34a GewO Sachkunde");
}

TEST_CASE("review 44: a Catholic university's initials ('PUC Minas'), India's ITI, Italy's ITI school are no degree where they name a school") {
  auto resume = parse_text("Rafael Drummond\nrafael@example.com.br\n\nFORMAÇÃO ACADÊMICA\n\nPUC Minas\n"
                           "Bacharelado em Engenharia Civil | 2013 – 2018\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "PUC Minas");
  CHECK(resume.education[0].study_type == "Bacharelado");
  auto italy = parse_text("Marco Bellini\nmarco@example.it\n\nISTRUZIONE\nDiploma di Perito Elettrotecnico\n"
                          "ITI (Istituto Tecnico Industriale) \"G. Marconi\", Padova, 2014\n");
  REQUIRE(italy.education.size() == 1);
  CHECK(italy.education[0].study_type == "Diploma di Perito Elettrotecnico");
}

TEST_CASE("review 44: a skills table of years and levels keeps its skills; arrows and minus signs before a number stay") {
  auto table = parse_text("# Daniel Reyes\ndaniel@example.com\n\n## Skills\n\n| Skill | Experience | Level |\n|---|---|---|\n"
                          "| Python | 6 years | Expert |\n| Terraform | 4 years | Advanced |\n", "cv.md");
  REQUIRE(!table.skills.empty());
  CHECK(table.skills[0].keywords.front() == "Python");
  auto signs = parse_text("# Chloé Martin\nchloe@example.fr\n\n## Expérience\n\n**Product Manager** – BlaBlaCar, Paris (2019 – aujourd'hui)\n"
                          "- ↓ 40 % de churn sur l'abonnement\n- − 15 % de tickets support\n", "cv.md");
  REQUIRE(signs.work.size() == 1);
  REQUIRE(signs.work[0].highlights.size() == 2);
  CHECK(signs.work[0].highlights[0].starts_with("↓"));
}

TEST_CASE("review 44: a consultant's 'Client :' under the employer is a detail; a firm called Context keeps its name") {
  auto form = parse_text("Mathieu Lefèvre\nmathieu@example.fr\n\nEXPÉRIENCES PROFESSIONNELLES\n\nPériode : 01/2020 – aujourd'hui\n"
                         "Employeur : Sopra Steria\nClient : Airbus Atlantic\nPoste : Chef de projet PLM\n\nPériode : 09/2016 – 12/2019\n"
                         "Employeur : Capgemini Engineering\nClient : Naval Group\nPoste : Ingénieur PLM\n");
  REQUIRE(form.work.size() == 2);
  CHECK(form.work[0].company == "Sopra Steria");
  CHECK(form.work[0].position == "Chef de projet PLM");
  CHECK(form.work[1].company == "Capgemini Engineering");
  auto context = parse_text("Rebecca Hale\nrebecca@example.com\n\nEXPERIENCE\nSecurity Consultant   2018 – 2022\nContext   London\n"
                            "- Led red-team engagements\n\nJunior Analyst   2016 – 2018\nNCC Group   Manchester\n- Web application testing\n");
  REQUIRE(context.work.size() == 2);
  CHECK(context.work[0].company == "Context");
}

TEST_CASE("review 44: a table inside a project is the project's; a project table led by its year names projects by their next cell") {
  auto inside = parse_text("# Aisha Bello\naisha@example.com\n\n## Projects\n\n**OpenTransit** – open-source journey planner (2022)\n"
                           "- Built the routing engine in Rust\n\n| Dataset | Query time |\n|---|---|\n| London TfL | 38 ms |\n\n"
                           "**Budgetly** – personal finance app (2021)\n- React Native app\n", "cv.md");
  REQUIRE(!inside.projects.empty());
  CHECK(inside.projects[0].name.starts_with("OpenTransit"));
  CHECK(std::none_of(inside.projects.begin(), inside.projects.end(), [](const ProjectEntry& p) { return p.name == "London TfL"; }));
  auto year_first = parse_text("# Jana Berg\njana@example.de\n\n## Projekte\n\n| Jahr | Projekt | Kunde |\n|---|---|---|\n"
                               "| 2023 | Migration SAP ECC nach S/4HANA | Stadtwerke |\n", "cv.md");
  REQUIRE(year_first.projects.size() == 1);
  CHECK(year_first.projects[0].name == "Migration SAP ECC nach S/4HANA");
}

TEST_CASE("review 44: no e-mail from 'Courriel : via Malt.fr'; no name from 'CV Writing Pro'; no town from '1500 heures de bénévolat'") {
  auto via = parse_text("Claire Dubois\n06 72 18 45 93\nCourriel : via Malt.fr\n\nEXPÉRIENCE\n\nGraphiste\nStudio Ona\n2019 - 2023\n");
  CHECK(via.contact.email.empty());
  auto service = parse_text("CV Writing Pro\nDaniel Okafor\ndaniel@example.com\n\nExperience\n\nAnalyst\nAcme Ltd\n2019 - 2023\n");
  CHECK(service.contact.name != "Writing Pro");
  auto hours = parse_text("Léa Morel\nlea@example.fr\n06 11 22 33 44\n1500 heures de bénévolat\n\nEXPÉRIENCE\n\nAnimatrice\nMJC Lyon\n2019 - 2023\n");
  CHECK(hours.contact.city.empty());
}

TEST_CASE("review 44: a sentence wrapped onto 'Dept.' is no next header; an English government department is an employer") {
  auto wrapped = parse_text("Sarah Whitley\nsarah@example.com\n\nEXPERIENCE\nReceptionist, Leeds City Council, Leeds | 2016 – 2019\n"
                            "Front desk for the planning and licensing teams; booked rooms for the whole Housing\nDept.\n"
                            "Sales Assistant, Marks & Spencer, Leeds | 2014 – 2016\n");
  REQUIRE(wrapped.work.size() == 2);
  CHECK(wrapped.work[1].company == "Marks & Spencer");
  auto civil = parse_text("Hannah O'Brien\nhannah@example.com\n\nEXPERIENCE\n\nCivil Service contract roles (via Hays)\n"
                          "Data Analyst   Jan 2019 – Present\nDepartment for Education\n- Built the school funding model\n"
                          "Data Analyst   Mar 2014 – Dec 2018\nDepartment of Health and Social Care\n- NHS workforce dashboards\n");
  REQUIRE(civil.work.size() == 2);
  CHECK(civil.work[1].company == "Department of Health and Social Care");
}

TEST_CASE("review 44: a brand opening in lower case after a middle dot stays; a student's year of a degree is no part of it; a place among wishes is no home") {
  auto brand = parse_text("Lena Voss\nlena@example.de\n\nBERUFSERFAHRUNG\n\nZeitraum: 04/2019 – heute\nArbeitgeber: Delivery Hero · iFood Brasil\n"
                          "Position: Data Engineer\n");
  REQUIRE(brand.work.size() == 1);
  CHECK(brand.work[0].company == "Delivery Hero · iFood Brasil");
  CHECK(degrees_of("Bachelor of Education (Year 3), University of KwaZulu-Natal, in progress\n") ==
        std::vector<std::string>{"Bachelor of Education"});
  auto wishes = parse_text("Julien Marchal\njulien@example.fr | 06 11 22 33 44\n\nObjectif : poste de technicien de maintenance en CDI\n"
                           "Type de contrat : CDI, temps plein\nLocalisation : Bordeaux\nSalaire souhaité : 32 k€\n\n"
                           "EXPÉRIENCE PROFESSIONNELLE\nTechnicien de maintenance, ArcelorMittal, Florange | 2015 – 2024\n");
  CHECK(wishes.contact.city != "Bordeaux");
}

TEST_CASE("a date rail's 'depuis' on the line above its date opens the date, no employer") {
  auto resume = parse_text("Solène Lecoutour\nsolene@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
                           "depuis   Infirmière de bloc opératoire (IBODE)\nsept. 2019   CHU de Caen Normandie\n• Instrumentation en orthopédie\n"
                           "mars 2015 –   Infirmière diplômée d'État\naoût 2017   Clinique des Tilleuls, Bayeux\n• Circulation\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "CHU de Caen Normandie");
  CHECK(resume.work[0].start.iso() == "2019-09");
}

TEST_CASE("a licence to practise names its profession, so the line under it is where it was granted") {
  auto resume = parse_text("Giulia Rossi\ngiulia@example.it\n\nISTRUZIONE\n\nAbilitazione all'esercizio della professione forense   2017\n"
                           "Corte d'Appello di Bologna\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Abilitazione all'esercizio della professione forense");
  CHECK(resume.education[0].institution == "Corte d'Appello di Bologna");
}

TEST_CASE("an agency's 'Votre contact' box names the recruiter: its phone and e-mail are no candidate's; an RCS number is no phone") {
  auto resume = parse_text("DOSSIER DE COMPÉTENCES\nSébastien G.\nIngénieur Qualité Fournisseurs\n\nVOTRE CONTACT ALTÉRYS\nAurélie Mathis\n"
                           "Business Manager – Agence de Nancy\n03 83 41 27 90\na.mathis@example.fr\n\nSYNTHÈSE\n\nIngénieur généraliste.\n\n"
                           "Altérys Ingénierie SAS – 14 rue Mazagran, 54000 Nancy – RCS Nancy 812 457 903\n");
  CHECK(resume.contact.email.empty());
  CHECK(resume.contact.phone.empty());
  auto own = parse_text("Jane Roe\n06 12 34 56 78\njane@example.fr\n\nEXPÉRIENCE\n\nIngénieure\nAcme SAS\n2019 - 2023\n");
  CHECK(own.contact.phone == "06 12 34 56 78");
}

TEST_CASE("'Qualités' (a French CV's personal strengths) and 'Fachbereiche' (a nurse's specialties) are skills") {
  CHECK(canonical_section("Qualités").canonical == "skills");
  CHECK(canonical_section("FACHBEREICHE").canonical == "skills");
}

TEST_CASE("a function's initials after the title's dash ('Officer – QC') belong to the title; the firm follows the comma") {
  auto resume = parse_text("Priya Patel\npriya@example.in\n\nEXPERIENCE\n\nOfficer – QC, Saurashtra Drugs & Intermediates Ltd.\n"
                           "2016-08 — 2019-05\n• Raw material analysis as per IP, BP and USP.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Officer – QC");
  CHECK(resume.work[0].company == "Saurashtra Drugs & Intermediates Ltd.");
}
