// Resumes shaped like session 30's held-out rounds (rounds 65–66); all people, schools and employers invented.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "linter/structure/structure.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("Resume.io's 'employment history' heading, in the languages it is localised to, heads work") {
  CHECK(canonical_section("Historial de empleo").canonical == "experience");
  CHECK(canonical_section("Histórico de emprego").canonical == "experience");
  CHECK(canonical_section("Werkgeschiedenis").canonical == "experience");
  CHECK(canonical_section("Esperienza di lavoro").canonical == "experience");
}

TEST_CASE("a town with its province spelt out after a firm's legal form is its place, and the firm heads the roles below") {
  auto resume = parse_text(
      "Vicente Llopis\nvll@example.es\n\nEXPERIENCIA PROFESIONAL\n\n"
      "Citrícola del Túria, S.A.                    Alzira (Valencia)\n"
      "Responsable de Calidad y Seguridad Alimentaria    Ene. 2021 – Actualidad\n– Dirección de un equipo de 9 técnicos.\n"
      "Técnico Senior de Calidad                   Ene. 2018 – Dic. 2020\n– Implantación de SAP QM.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Citrícola del Túria, S.A.");
  CHECK(resume.work[0].location == "Alzira (Valencia)");
  CHECK(resume.work[1].company == "Citrícola del Túria, S.A.");
  CHECK(resume.work[1].position == "Técnico Senior de Calidad");
}

TEST_CASE("a bare legal form after the comma closes the employer named after 'en', with an unknown town beside it") {
  auto resume = parse_text(
      "Lucía Ferrer\nlucia@example.es\n\nHistorial de empleo\n\n"
      "Jefa de Turno de Almacén en Cerámicas Turia Export, S.A.     Vila-real\nMar. 2016 – Dic. 2017\n• Coordiné el turno de tarde.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Jefa de Turno de Almacén");
  CHECK(resume.work[0].company == "Cerámicas Turia Export, S.A.");
  CHECK(resume.work[0].location == "Vila-real");
}

TEST_CASE("group labels alternating with rows of chips name groups, not skills") {
  auto resume = parse_text(
      "Facundo Ríos\nfacundo@example.com\n\nHABILIDADES\nLenguajes\nGo   Java   Kotlin   SQL\nInfraestructura\n"
      "Kubernetes   Docker   Terraform\nDatos y mensajería\nPostgreSQL   Redis   Kafka\n");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Lenguajes") == items.end());
  CHECK(std::find(items.begin(), items.end(), "Infraestructura") == items.end());
  CHECK(std::find(items.begin(), items.end(), "Datos y mensajería") == items.end());
  CHECK(std::find(items.begin(), items.end(), "Kotlin") != items.end());
  CHECK(std::find(items.begin(), items.end(), "Kafka") != items.end());
}

TEST_CASE("a driving licence's class on the line under its label is no skill") {
  auto resume = parse_text("Pieter Claes\npieter@example.be\n\nSoftware\nQGIS\nPython\nRijbewijs\nB\n");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "B") == items.end());
  CHECK(std::find(items.begin(), items.end(), "Python") != items.end());
}

TEST_CASE("a form's given name and surname rows make the name; a portal's reference number is no phone") {
  auto resume = parse_text(
      "Ref. candidato: 48 213 977\nRevenue Manager · Sector hotelero\n\nDATOS PERSONALES\nNombre   María del Carmen\n"
      "Apellidos   Ruiz Ortega\nEmail   mcarmen@example.es\nTeléfono   612 48 90 37\nLocalidad   Málaga (Málaga), España\n\n"
      "EXPERIENCIA\nRevenue Manager, Hoteles Costa del Sol S.L., 2020 – actualidad\n");
  CHECK(resume.contact.name == "María del Carmen Ruiz Ortega");
  CHECK(resume.contact.phone == "612 48 90 37");
  // The province in brackets is no town, and named as its chief town it says nothing more.
  CHECK(resume.contact.location_text == "Málaga, España");
  CHECK(resume.contact.city == "Málaga");
}

TEST_CASE("a job portal's education rows open each school with the degree and give the average mark as the score") {
  auto resume = parse_text(
      "María Ruiz\nmaria@example.es\n\nESTUDIOS\nTítulo   Máster en Dirección y Planificación del Turismo\nNivel   Máster\n"
      "Centro   Universidad de Málaga\nFechas   octubre 2016 - junio 2017\nTítulo   Grado en Turismo\nNivel   Grado\n"
      "Centro   Universidad de Sevilla\nFechas   septiembre 2010 - junio 2014\nNota media   7,8\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Máster");
  CHECK(resume.education[0].institution == "Universidad de Málaga");
  CHECK(resume.education[1].study_type == "Grado");
  CHECK(resume.education[1].area == "Turismo");
  CHECK(resume.education[1].institution == "Universidad de Sevilla");
  CHECK(resume.education[1].score == "7,8");
}

TEST_CASE("a logo's initials on a line of their own are no employer; an acronym spelt out beside them stays") {
  auto resume = parse_text(
      "Camille Roux\ncamille@example.fr\n\nExpériences\nLead développeuse React (mission freelance)\nVC\n"
      "Vinéa Connect SAS · Bordeaux, France\njanv. 2023 - aujourd'hui\n• Refonte de la plateforme.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Vinéa Connect SAS");
}

TEST_CASE("an unknown town in capitals beside the dates that open an entry is its place; a contract's terms are no name") {
  auto resume = parse_text(
      "Thijs Verhoeven\nthijs@example.nl\n\nEXPERIENCE\nMAR 2016 – AUG 2017 · NIEUWEGEIN\nPolicy Officer Cycling\n"
      "Gemeente Nieuwegein (temporary contract)\n• Drafted the municipal bicycle parking policy.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].location == "NIEUWEGEIN");
  CHECK(resume.work[0].company == "Gemeente Nieuwegein");
  CHECK(resume.work[0].position == "Policy Officer Cycling");
}

TEST_CASE("a title beside the dates that open an entry stays the title, however unknown") {
  auto resume = parse_text(
      "Joris Smit\njoris@example.nl\n\nWERKERVARING\n02/2018 – 08/2018   Afstudeerder\nLumenveld Research B.V.\nEindhoven\n"
      "• Regeling van een spiegel.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Afstudeerder");
  CHECK(resume.work[0].company == "Lumenveld Research B.V.");
}

TEST_CASE("Dutch compound university names, Dutch post-master degrees and French feminine titles are known") {
  CHECK(institution_score("Rijksuniversiteit Groningen") > 0);
  CHECK(degree_length("Postmaster Controlling (RC)") == std::string_view("Postmaster").size());
  CHECK(title_score("Contrôleuse de gestion") > 0);
  CHECK(title_score("Auditrice interne") > 0);
}

TEST_CASE("a course of study with its degree labelled after the field, and a degree closing a line after the department") {
  auto resume = parse_text(
      "Markus Hofbauer\nmarkus@example.at\n\nAusbildung\n10/2009 – 06/2011   Johannes Kepler Universität Linz\n"
      "                    Masterstudium Mechatronik, Abschluss: Dipl.-Ing.\n"
      "09/2001 – 06/2006   HTL Steyr\n                    Höhere Abteilung für Mechatronik, Reife- und Diplomprüfung\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Dipl.-Ing.");
  CHECK(resume.education[0].area == "Mechatronik");
  CHECK(resume.education[1].study_type == "Reife- und Diplomprüfung");
  CHECK(resume.education[1].area == "Mechatronik");
}

TEST_CASE("a known town named like a school, with its state, is the school's place, not a degree") {
  auto resume = parse_text(
      "Ana Li\nana@example.com\n\nEducation\nUniversity of Maryland, College Park     College Park, MD\n"
      "Bachelor of Science in Computer Engineering; GPA: 3.52     Aug. 2014 – May 2018\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Bachelor of Science");
  CHECK(resume.education[0].area == "Computer Engineering");
  CHECK(is_location("College Park, MD"));
}

TEST_CASE("a school named for subjects listed with a comma keeps the comma; a name left on its first word goes on below") {
  auto listed = parse_text("Jan U\njan@example.com\n\nEducation\nMaster of Science, 2016\nUniversity of Science, Technology and Arts, Leeds\n");
  REQUIRE(listed.education.size() == 1);
  CHECK(listed.education[0].institution == "University of Science, Technology and Arts");
  auto wrapped = parse_text(
      "Thijs V\nthijs@example.nl\n\nEDUCATION\nMSc Spatial Planning, Universiteit Utrecht, 2014–2016.\n"
      "BSc Sociale Geografie en Planologie, Universiteit\nUtrecht, 2011–2014.\n");
  REQUIRE(wrapped.education.size() == 2);
  CHECK(wrapped.education[1].institution == "Universiteit Utrecht");
  CHECK(wrapped.education[1].start.year == 2011);
  auto capitals = parse_text(
      "Rui Costa\nrui@example.pt\n\nFORMAÇÃO\nsetembro 2016 - julho 2018\nFACULDADE DE ENGENHARIA DA UNIVERSIDADE\nDO PORTO\n"
      "MESTRADO EM ENGENHARIA INFORMÁTICA E COMPUTAÇÃO\n");
  REQUIRE(capitals.sections.size() == 1);
  REQUIRE(capitals.education.size() == 1);
  CHECK(capitals.education[0].institution == "FACULDADE DE ENGENHARIA DA UNIVERSIDADE DO PORTO");
  CHECK(capitals.education[0].study_type == "MESTRADO");
}

TEST_CASE("a term abroad under a degree whose school is named is a remark, its bracketed place and dates going on with it") {
  auto named = parse_text(
      "Léa C\nlea@example.ch\n\nFormation\nBachelor of Science en économie et management   2008 – 2011\nUniversité de Genève\n"
      "Semestre d’échange à l’Universität St. Gallen (HSG)\nMaturité gymnasiale, option spécifique économie et droit   2008\n"
      "Collège Calvin, Genève\n");
  REQUIRE(named.education.size() == 2);
  CHECK(named.education[0].institution == "Université de Genève");
  CHECK(named.education[1].institution == "Collège Calvin");
  auto aside = parse_text(
      "Ana S\nana@example.com.br\n\nFORMAÇÃO ACADÊMICA\nBacharelado em Engenharia de Produção   2010 – 2015\n"
      "Universidade Federal de Minas Gerais (UFMG), Belo Horizonte – MG\n"
      "Intercâmbio pelo programa Ciência sem Fronteiras na University of Toledo\n(EUA), 2013–2014.\n");
  REQUIRE(aside.education.size() == 1);
  CHECK(aside.education[0].study_type == "Bacharelado");
}

TEST_CASE("pandoc's front matter names the author; a Markdown heading heads its entry however long") {
  auto resume = parse_text(
      "---\ntitle: \"Currículum Vitae\"\nauthor: \"Mariana Fernández Ríos\"\nemail: mariana@example.mx\n---\n\n"
      "**Ingeniera de Datos** · Ciudad de México, México\n\n# Experiencia\n\n"
      "### Becaria de Inteligencia de Negocios, El Puerto de Liverpool S.A.B. de C.V.\n\n"
      "*Ciudad de México · ene 2016 – jul 2017*\n\n- Documenté el diccionario de datos.\n",
      "cv.md");
  CHECK(resume.contact.name == "Mariana Fernández Ríos");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Becaria de Inteligencia de Negocios");
  CHECK(resume.work[0].company == "El Puerto de Liverpool S.A.B. de C.V.");
}

TEST_CASE("a line offering references is no entry; a name opened by an article after a known title is the employer") {
  auto resume = parse_text(
      "Geneviève Tremblay\ngenevieve@example.ca\n\nBÉNÉVOLAT\n\nMentore, Les Filles et le code — Montréal\n2020 à aujourd'hui\n\n\n"
      "Références fournies sur demande.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Mentore");
  CHECK(resume.work[0].company == "Les Filles et le code");
  auto german = parse_text(
      "Jonas B\njonas@example.de\n\nBerufserfahrung\n\n2019 – heute   Ingenieur, Bosch GmbH, Stuttgart\n\nReferenzen auf Anfrage\n");
  REQUIRE(german.work.size() == 1);
  CHECK(german.work[0].company == "Bosch GmbH");
}

TEST_CASE("Québec's certificate, Ireland's universities by initials and a master's named for engineering science") {
  CHECK(degree_length("Certificat en ergonomie cognitive") == std::string_view("Certificat").size());
  auto resume = parse_text(
      "Niamh Brennan\nniamh@example.ie\n\nEducation\nMaster of Engineering Science (MEngSc) in Biomedical Engineering, NUI Galway — Galway\n"
      "2013 – 2014\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Master of Engineering Science (MEngSc)");
  CHECK(resume.education[0].area == "Biomedical Engineering");
  CHECK(resume.education[0].institution == "NUI Galway");
}

TEST_CASE("an employer's name holding a dash and a legal form, before its town and the title after a heavier dash") {
  auto resume = parse_text(
      "Inês M\nines@example.pt\n\nExperiência profissional\n"
      "Bluepharma – Indústria Farmacêutica, S.A., Coimbra — Cientista de Dados Sénior\nmarço 2021 – presente\n• Modelos de previsão.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Cientista de Dados Sénior");
  CHECK(resume.work[0].company == "Bluepharma – Indústria Farmacêutica, S.A.");
  CHECK(resume.work[0].location == "Coimbra");
}

TEST_CASE("an Indian address closed by the town, its PIN after a dash and the state; languages known are no place") {
  auto resume = parse_text(
      "Rahul Iyer\nrahul@example.in\nAddress: #42, 3rd Cross, HSR Layout Sector 2, Bengaluru - 560102, Karnataka\n\n"
      "WORK EXPERIENCE\nEngineer, Infosys Limited, 2019 – Present\n\nPERSONAL DETAILS\nLanguages Known  : English, Hindi, Kannada, Tamil\n");
  CHECK(resume.contact.location_text == "Bengaluru, Karnataka");
  auto languages_only = parse_text(
      "Rahul Iyer\nrahul@example.in\nLanguages Known  : English, Kannada, Tamil\n\nWORK EXPERIENCE\nEngineer, Infosys Limited, 2019 – Present\n");
  CHECK(languages_only.contact.location_text.empty());
}

TEST_CASE("Resume.io's level words and Irish as a spoken language are no skills") {
  auto resume = parse_text(
      "Olivia Hart\nolivia@example.co.uk\n\nSKILLS\nEnvironmental Impact Assessment\nExperienced\nFlood Risk Assessment\nSkillful\n"
      "Irish (conversational)\n");
  auto items = skill_items(resume);
  CHECK(items == std::vector<std::string>{"Environmental Impact Assessment", "Flood Risk Assessment"});
}

TEST_CASE("review 30: the new rules leave a title's field, a firm's initials, a firm in capitals, a school's field and town alone") {
  auto field = parse_text(
      "Ana G\nana@example.es\n\nEXPERIENCIA\nTécnico en Prevención de Riesgos\nConstrucciones García S.L.\nEnero 2018 - Diciembre 2020\n"
      "- Evaluaciones de riesgo.\n");
  REQUIRE(field.work.size() == 1);
  CHECK(field.work[0].position == "Técnico en Prevención de Riesgos");
  CHECK(field.work[0].company == "Construcciones García S.L.");
  auto initials = parse_text("Sam Lee\nsam@example.com\n\nEXPERIENCE\nBP\nBusiness Process Analyst\nJan 2018 - Dec 2020\n- Mapped processes.\n");
  REQUIRE(initials.work.size() == 1);
  CHECK(initials.work[0].company == "BP");
  auto capitals = parse_text(
      "Sam Lee\nsam@example.com\n\nEXPERIENCE\nMAR 2016 – AUG 2017 · SPOTIFY\nData Engineer\nStockholm, Sweden\n- Built pipelines.\n");
  REQUIRE(capitals.work.size() == 1);
  CHECK(capitals.work[0].company == "SPOTIFY");
  auto schools = parse_text(
      "Sam Lee\nsam@example.com\n\nEDUCATION\nBA, University of Warwick, Philosophy and Economics, 2012 - 2015\nMBA, INSEAD\n"
      "Fontainebleau, France\n2018 - 2019\n\nAT A GLANCE\nTen years in energy trading.\n");
  REQUIRE(schools.education.size() == 2);
  CHECK(schools.education[0].institution == "University of Warwick");
  CHECK(schools.education[1].institution == "INSEAD");
  REQUIRE(schools.sections.size() == 2);
  CHECK(schools.sections[1].heading == "AT A GLANCE");
}

TEST_CASE("a permit's number after 'n°' is no phone: the degree sign is matched whole, not byte by byte") {
  auto resume = parse_text("Jean Dupont\njean@example.fr\nPermis n° 2145873 · 06 12 34 56 78\n\nEXPÉRIENCE\nComptable, Acme SA, 2019 – 2021\n");
  CHECK(resume.contact.phone == "06 12 34 56 78");
}
