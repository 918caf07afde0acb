// Held-out rounds 77–78: what the session's new templates and job-site exports taught.
#include <doctest/doctest.h>

#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a faculty after the school's name stays, as printed; a lower-case remark after a semicolon goes") {
  auto resume = parse_text(
      "Sanne de Vries\nsanne@example.nl\n\nOpleiding\n\n2012 – 2014   MSc Supply Chain Management, Erasmus Universiteit Rotterdam, "
      "Rotterdam School of Management; afstudeerscriptie over synchromodaal transport\n"
      "2008 – 2012   Bachelor of Economics, University of Belgrade, Faculty of Economics\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Erasmus Universiteit Rotterdam, Rotterdam School of Management");
  CHECK(resume.education[1].institution == "University of Belgrade");  // without its faculty (session 48)
}

TEST_CASE("a hyphenated job title ending in a section's word ('Engineer-in-Training') heads no section") {
  auto resume = parse_text(
      "Marcus Okafor\nmarcus@example.com\n\nPROFESSIONAL EXPERIENCE\n\nWater Resources Engineer II\nWright Water Engineers, Inc. | Denver, CO\n"
      "AUG 2016 – MAY 2020\n• Designed detention ponds\n\nEngineer-in-Training\nJUN 2014 – JUL 2016\n"
      "Colorado Department of Transportation (CDOT) | Greeley, CO\n• Hydraulic design of culverts\n");
  REQUIRE(resume.sections.size() == 1);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Engineer-in-Training");
  CHECK(resume.work[1].company == "Colorado Department of Transportation (CDOT)");
}

TEST_CASE("'BASED IN' over the town is a label, not a town in Indiana; the places one would work are no home") {
  auto based = parse_text("Eilidh Drummond\neilidh@example.com\n\nCONTACT\nBASED IN\nEdinburgh, Scotland, UK\n");
  CHECK(based.contact.city != "BASED");
  CHECK(based.contact.region != "IN");
  auto indianapolis = parse_text("JAMES CARTER\nINDIANAPOLIS IN\njames@example.com\n");
  CHECK(indianapolis.contact.city == "INDIANAPOLIS");
  auto wishes = parse_text(
      "Lea Brandtner\nWunschorte   Leipzig, Dresden, Berlin\nKarl-Heine-Straße 54\n04229 Leipzig\nlea@example.de\n\nSTUDIUM\n"
      "Master of Science Wirtschaftsinformatik   10/2022 – 03/2025\nUniversität Leipzig\n");
  CHECK(wishes.contact.city == "Leipzig");
  CHECK(wishes.contact.region.empty());
}

TEST_CASE("a job site's CV number is no phone; Mexican 'Escolaridad' heads the education") {
  auto resume = parse_text(
      "OCC · Currículum del candidato   ID de CV: 48213377\nJosé Manuel Ibarra Cárdenas\nZapopan, Jalisco   33 1847 2290   jm@example.com\n\n"
      "Escolaridad\nLicenciatura en Ingeniería Industrial   2008 - 2013\nUniversidad de Guadalajara\n");
  CHECK(resume.contact.phone == "33 1847 2290");
  REQUIRE(resume.sections.size() == 1);
  CHECK(resume.sections[0].canonical == "education");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Universidad de Guadalajara");
  auto profile = parse_text("Lea Brandtner\nBewerberprofil · Profil-ID 4817-2290\nlea@example.de\n");
  CHECK(profile.contact.phone.empty());
}

TEST_CASE("a job site's date column: a range cut before its end's year, a duration with 'et', a contract chip after the title") {
  auto resume = parse_text(
      "Maëlle Guérin\nNantes (44)   06 72 18 45 93   maelle@example.fr\n\nExpériences professionnelles\n\n"
      "Depuis janv. 2020   Gestionnaire de paie confirmée   CDI\n4 ans et 9 mois\nAtlantique Services Conseil SAS · Saint-Herblain (44)\n"
      "• Gestion d’un portefeuille de 14 clients\n"
      "De sept. 2016 à déc.   Gestionnaire paie et ADP   CDI\n2019   Polyclinique de l’Erdre SAS · Nantes (44)\n3 ans et 4 mois\n"
      "• Paie de 420 salariés\n");
  CHECK(resume.contact.phone == "06 72 18 45 93");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Gestionnaire de paie confirmée");
  CHECK(resume.work[0].company == "Atlantique Services Conseil SAS");
  CHECK(resume.work[1].position == "Gestionnaire paie et ADP");
  CHECK(resume.work[1].company == "Polyclinique de l’Erdre SAS");
  CHECK(resume.work[1].start.iso() == "2016-09");
  CHECK(resume.work[1].end.iso() == "2019-12");
}

TEST_CASE("a logo's letters spelling the firm after its leading legal form ('MS' over 'PT Mitra Solusi Digital') name no employer") {
  auto resume = parse_text(
      "Nadia Putri\nnadia@example.co.id\n\nExperience\n\nSoftware Engineer Intern\nMS\nPT Mitra Solusi Digital\n"
      "Jun 2019 - Aug 2019 · Bandung, Indonesia\n• Built internal REST endpoints\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "PT Mitra Solusi Digital");
  CHECK(resume.work[0].position == "Software Engineer Intern");
}

TEST_CASE("Markdown: a wiki link ('[[Cardiff University]]') reads as the name it shows") {
  auto resume = parse_text(
      "# Rhys Morgan\nrhys@example.co.uk\n\n## Education\n\n**MSc Data Science and Analytics**, [[Cardiff University]] (2016–2017)\n"
      "**BSc (Hons) Mathematics**, [[Notes/Aber|Aberystwyth University]] (2013–2016)\n", "cv.md");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Cardiff University");
  CHECK(resume.education[1].institution == "Aberystwyth University");
}

TEST_CASE("a profile's skill grid with years per skill lists the skills, not the years or their caption") {
  auto resume = parse_text(
      "Derek Oyelaran\nderek@example.com\n\nSkills\nYears of experience\n"
      "Python   10 yrs   SQL   10 yrs   Apache Spark 7 yrs   AWS   7 yrs\nSnowflake   4 yrs   Apache Kafka 3 yrs\n");
  CHECK(skill_items(resume) == std::vector<std::string>{"Python", "SQL", "Apache Spark", "AWS", "Snowflake", "Apache Kafka"});
}

TEST_CASE("review: 'Técnico em Logística' is a title; a place label with its own value leaves the town after it") {
  auto titles = parse_text(
      "Ana Souza\nana@example.com.br\n\nExperiência\n\nTécnico em Logística\nmar 2019 - atual\n• Controle de estoque\n\n"
      "Técnico em Saúde Bucal\njan 2016 - fev 2019\n• Atendimento\n");
  REQUIRE(titles.work.size() == 2);
  CHECK(titles.work[0].position == "Técnico em Logística");
  CHECK(titles.work[0].company.empty());
  auto preferred = parse_text("Sam Lee\nPreferred location: Remote | Austin, TX\nsam@example.com\n");
  CHECK(preferred.contact.city == "Austin");
  auto wished = parse_text("Lea B\nWunschorte: bundesweit | Leipzig\nlea@example.de\n");
  CHECK(wished.contact.city == "Leipzig");
}

TEST_CASE("review: a lower-case name over two lines is still the name; capitals towns with a word-like state code stay places") {
  auto name = parse_text("maria\nsilva\ngraphic designer\nmaria@example.com | +351 912 345 678\n");
  CHECK(name.contact.name == "maria silva");
  auto eugene = parse_text("JOHN DOE\nEUGENE OR\njohn@example.com\n");
  CHECK(eugene.contact.city == "EUGENE");
  CHECK(eugene.contact.region == "OR");
}

TEST_CASE("review: Italy's code before a landline is kept; a range cut before a year ending before it opens no join") {
  auto italy = parse_text("Marco Rossi\nTel. (39) 02 8765 4321\nmarco@example.it\n");
  CHECK(italy.contact.phone == "(39) 02 8765 4321");
  auto order = parse_text(
      "Lena Roth\nlena@example.de\n\nBerufserfahrung\n\nJanvier 2020 à   Senior Consultant, Accenture GmbH\n• Beratung\n"
      "2019   Praktikum, Capgemini GmbH\n• Analysen\n");
  REQUIRE(order.work.size() == 2);
  CHECK(order.work[1].company == "Capgemini GmbH");
}

TEST_CASE("review: a specialisation named by its label, or a country, after the field is no subject of it; a unit on the next line is a remark") {
  auto resume = parse_text(
      "Ann\nann@example.com\n\nEducation\nB.A. Economics, Trinidad and Tobago, University of the West Indies, 2012\n"
      "Laurea in Economia, Curriculum Finanza e Mercati, Università Bocconi, 2015\n\n"
      "BSc Chemical Engineering   2007 – 2011\nUniversity of Houston\nCullen College of Engineering · GPA: 3.6/4.0\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].area == "Economics");
  CHECK(resume.education[1].area == "Economia");
  CHECK(resume.education[2].institution == "University of Houston");
}

TEST_CASE("review: a German heading compounding a title word ('Freelancer-Projekte') still heads its section") {
  auto resume = parse_text(
      "Jan Weber\njan@example.de\n\nBerufserfahrung\nSenior Entwickler, Acme GmbH   2019 – 2022\n\nFreelancer-Projekte\n"
      "Shop-Relaunch, Kunde X   2020 – 2021\n");
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[1].canonical == "projects");
}

TEST_CASE("typed side by side, the languages column beside the skills is no skill") {
  auto resume = parse_text(
      "Lea Brandtner\nlea@example.de\n\nKENNTNISSE\nPython (pandas, scikit-learn)   sehr gut   Deutsch   Muttersprache\n"
      "SQL   sehr gut   Englisch   verhandlungssicher (C1)\nCelonis   gut\n");
  CHECK(skill_items(resume) == std::vector<std::string>{"Python (pandas, scikit-learn)", "SQL", "Celonis"});
}

TEST_CASE("second review: 'N years of X' keeps X; a nationality opening a skill cuts no column; names and codes that look like marks") {
  auto skills = parse_text(
      "Julia Klein\njulia@example.com\n\nSKILLS\n2 years of Python, 5 ans de Java, 3 ans d'expérience en SAP, Angular 2 years, 14 ans d'expérience\n"
      "Deep Tissue   Swedish Massage   Hot Stone   Reflexology\n");
  CHECK(skill_items(skills) == std::vector<std::string>{"Python", "Java", "SAP", "Angular", "Deep Tissue", "Swedish Massage", "Hot Stone", "Reflexology"});
  auto surname = parse_text("julia\nKLEIN\njulia@example.com | +49 170 1234567\n");
  CHECK(surname.contact.name == "julia KLEIN");
  auto titled = parse_text("sofia\nSoftware Engineer\nsofia@example.com\n");
  CHECK(titled.contact.name == "sofia");
  auto morocco = parse_text("Yasmine Alaoui\nCasablanca | (212) 06 61 23 45 67\nyasmine@example.ma\n");
  CHECK(morocco.contact.phone == "(212) 06 61 23 45 67");
}

TEST_CASE("second review: Markdown code and a bracketed link label are no wiki links") {
  auto resume = parse_text(
      "# Tom Baker\ntom@example.com\n\n## Experience\n\n**Analyst**, Acme Ltd (2019–2022)\n- Wrote R code like `df[[1]]` and x[[2]] for nested lists\n",
      "cv.md");
  REQUIRE(resume.work.size() == 1);
  REQUIRE(resume.work[0].highlights.size() == 1);
  CHECK(resume.work[0].highlights[0].find("[[1]]") != std::string::npos);
  CHECK(resume.work[0].highlights[0].find("x[[2]]") != std::string::npos);
}
