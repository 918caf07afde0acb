// Held-out rounds 79–80: what the session's new templates, spreadsheets and job-site exports taught.
#include <doctest/doctest.h>

#include <algorithm>

#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a portal's 'Categoría:' row is the job's grade, no employer; a second column of fields ends the surname") {
  auto resume = parse_text(
      "María del Carmen Ortega Lozano\n\nDATOS PERSONALES\n"
      "Nombre:       María del Carmen          Localidad:     Valladolid\n"
      "Apellidos:    Ortega Lozano             Provincia:     Valladolid\n"
      "Correo electrónico: mc@example.es\n\nEXPERIENCIA PROFESIONAL\n\n"
      "Puesto:     Técnica de Selección\nEmpresa:    Castellana de Servicios Empresariales, S.L.\n"
      "Categoría:  Técnico · Empleado/a\nLocalidad:  Valladolid\nFechas:     Febrero 2019 - Actualidad\n\n"
      "Puesto:     Becaria de Recursos Humanos\nEmpresa:    Autopartes Pisuerga, S.L.\nCategoría:  Becario/Prácticas\n"
      "Fechas:     Marzo 2016 - Agosto 2016\n");
  CHECK(resume.contact.name == "María del Carmen Ortega Lozano");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Técnica de Selección");
  CHECK(resume.work[0].company == "Castellana de Servicios Empresariales, S.L.");
  CHECK(resume.work[1].company == "Autopartes Pisuerga, S.L.");
}

TEST_CASE("outline numbers before entries ('2.1   Engenheira …') are no part of the title or the degree") {
  auto resume = parse_text(
      "Beatriz Fontes\nbeatriz@example.pt\n\n2. Experiência Profissional\n\n"
      "2.1   Engenheira de Aplicações Clínicas\n      Tecnoimagem Diagnóstico, S.A. · Coimbra          jan. 2021 – presente\n"
      "       ▪ Formação de médicos e técnicos\n\n"
      "2.2   Técnica de Manutenção\n      Hospital Particular do Mondego, S.A. · Coimbra          set. 2017 – dez. 2020\n\n"
      "3. Formação Académica\n\n3.1   Pós-Graduação em Gestão da Qualidade\n"
      "      Instituto Superior de Engenharia de Coimbra (ISEC)          2019 – 2020\n\n"
      "3.2   Mestrado Integrado em Engenharia Biomédica\n      Universidade de Coimbra          2011 – 2017\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Engenheira de Aplicações Clínicas");
  CHECK(resume.work[1].position == "Técnica de Manutenção");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Pós-Graduação");
  CHECK(resume.education[1].study_type == "Mestrado Integrado");
}

TEST_CASE("one numbered line alone ('2.5 Years …') keeps its number") {
  auto resume = parse_text("Ann Lee\nann@example.com\n\nSummary\n2.5 Years of data work\n\nSkills\nSQL, Python\n");
  REQUIRE(resume.sections.size() >= 1);
  CHECK(resume.summary.find("2.5") != std::string::npos);
}

TEST_CASE("a German title's feminine ending ('Personalsachbearbeiter/in') does not run on to the employer below") {
  auto resume = parse_text(
      "Katrin Schubert\nk.schubert@example.de\n\nBerufserfahrung\n\n04/2019 - heute   Personalsachbearbeiter/in\n"
      "Auenwald Logistik GmbH & Co. KG, Leipzig, Deutschland\nBranche: Lagerei, Logistik\n"
      "• Entgeltabrechnung für ca. 380 Beschäftigte mit DATEV LODAS\n\n"
      "Ausbildung\n\n08/2012 - 07/2015   Bürokaufmann/-frau\nBerufliches Schulzentrum 7 der Stadt Leipzig, Leipzig\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Personalsachbearbeiter/in");
  CHECK(resume.work[0].company == "Auenwald Logistik GmbH & Co. KG");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Bürokaufmann/-frau");
  CHECK(resume.education[0].institution == "Berufliches Schulzentrum 7 der Stadt Leipzig");
}

TEST_CASE("a portal's applicant number ('Postulante N° 48213377') is no phone; a chip's level in capitals goes") {
  auto resume = parse_text(
      "Postulante N° 48213377 · Perfil actualizado el 28/01/2025\nCamila Fuentes Rojas\n"
      "camila@example.cl   +56 9 8734 2261   Viña del Mar\n\nHabilidades\n"
      "SAP MM Avanzado, Microsoft Excel Avanzado, Power BI Intermedio, Excel avanzado\n");
  CHECK(resume.contact.phone == "+56 9 8734 2261");
  auto items = skill_items(resume);
  CHECK(items == std::vector<std::string>{"SAP MM", "Microsoft Excel", "Power BI", "Excel avanzado"});
}

TEST_CASE("a firm's name with a dash and a title's word, closed by its legal form, is the employer over the title") {
  auto resume = parse_text(
      "Inês Moreira\nines@example.pt\n\nExperiência Profissional\n\n"
      "Norteplast – Injeção Técnica, S.A.   out. 2016 – jan. 2017\nEstagiária de Engenharia de Processo   Guimarães\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Estagiária de Engenharia de Processo");
  CHECK(resume.work[0].company == "Norteplast – Injeção Técnica, S.A.");
}

TEST_CASE("'Fire brigade, Title': a body named by its words before a short title is the employer") {
  auto resume = parse_text(
      "Jan Krüger\njan@example.de\n\nEhrenamt\n\nseit 2014   Freiwillige Feuerwehr Berlin-Pankow, Gruppenführer\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Gruppenführer");
  CHECK(resume.work[0].company == "Freiwillige Feuerwehr Berlin-Pankow");
  CHECK(resume.work[0].location.empty());
}

TEST_CASE("'HBO-Verpleegkunde': the field after the school kind's hyphen; 'Gemiddeld' is a level, no skill") {
  auto resume = parse_text(
      "Sanne Bos\nsanne@example.nl\n\nOpleiding\n\n2012 - 2016   HBO-Verpleegkunde, Hogeschool Utrecht\n\n"
      "Vaardigheden\n\nTerraform   Gemiddeld\nKafka   Gemiddeld\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "HBO");
  CHECK(resume.education[0].area == "Verpleegkunde");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Gemiddeld") == items.end());
  CHECK(std::find(items.begin(), items.end(), "Kafka") != items.end());
}

TEST_CASE("a portal's pasted profile: 'Fecha de inicio' opens the period, 'Fecha de finalización' closes it; 'Nivel' is no employer") {
  auto resume = parse_text(
      "Lucía Gracia\nlucia@example.es\n\nEXPERIENCIA\n"
      "Puesto: Técnica de Calidad y Medio Ambiente\nEmpresa: Industrias Cárnicas del Moncayo, S.A.\n"
      "Sector de la empresa: Alimentación\nNivel: Técnico\nLocalidad: Tarazona (Zaragoza)\n"
      "Fecha de inicio: junio 2016\nFecha de finalización: enero 2020\nTrabajo aquí actualmente: No\n\n"
      "ESTUDIOS\nNivel de estudios: Grado\nTitulación: Grado en Ciencias Ambientales\nCentro: Universidad de Zaragoza\n"
      "Fecha de inicio: septiembre 2010\nFecha de finalización: junio 2014\nNota media: 7,4\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Técnica de Calidad y Medio Ambiente");
  CHECK(resume.work[0].company == "Industrias Cárnicas del Moncayo, S.A.");
  CHECK(resume.work[0].start.iso() == "2016-06");
  CHECK(resume.work[0].end.iso() == "2020-01");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Grado");
  CHECK(resume.education[0].institution == "Universidad de Zaragoza");
  CHECK(resume.education[0].end.iso() == "2014-06");
}

TEST_CASE("under Markdown headings a label naming a section with its items beside it labels a Skills group") {
  auto resume = parse_text(
      "# Ana Lee\n\nana@example.com\n\n## Summary\n\nProduct designer.\n\n## Skills\n\n"
      "Design:     Figma, Sketch, Adobe XD\nResearch:   Usability Testing, Card Sorting, Journey Mapping\n\n"
      "## Experience\n\nFarfalla Digital (Lisbon) — Senior Product Designer — 2019-present\n",
      "cv.md");
  REQUIRE(resume.sections.size() == 3);
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Card Sorting") != items.end());
}

TEST_CASE("review: a plain section name over its entries after Skills, and short format sections, stay sections") {
  auto resume = parse_text(
      "# Jane Doe\n\njane@example.com\n\n## Summary\n\nBackend engineer.\n\n## Skills\n\nPython, Go, SQL, Docker\n\n"
      "**Experience**\n\n**Senior Engineer**, Acme Corp, London\nJan 2019 – Present\n\n## Mentoring\n\nMentor at CodeBar\n\n"
      "## Education\n\nBSc Computer Science, University of Leeds, 2011 – 2014\n",
      "cv.md");
  REQUIRE(resume.work.size() == 1);
  std::vector<std::string> headings;
  for (const auto& section : resume.sections) headings.push_back(section.heading);
  CHECK(std::find(headings.begin(), headings.end(), "Mentoring") != headings.end());
}

TEST_CASE("'Farfetch Portugal, Unipessoal Lda.': a legal form of words alone after the comma closes the firm's name") {
  auto resume = parse_text(
      "Ana Silva\nana@example.pt\n\nExperiência\n\nEngenheira de Dados Sénior\n03/2021 – atual\n"
      "Farfetch Portugal, Unipessoal Lda.      Porto\n• Pipelines em Apache Spark\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Engenheira de Dados Sénior");
  CHECK(resume.work[0].company == "Farfetch Portugal, Unipessoal Lda.");
}

TEST_CASE("a basic knowledge before a tool ('basiskennis JavaScript') and a Portuguese level in brackets are no part of the skill") {
  auto resume = parse_text(
      "Ana Silva\nana@example.pt\n\nCompetências\nMicrosoft Office (nível avançado), basiskennis JavaScript, Grundkenntnisse in SQL, Python\n");
  CHECK(skill_items(resume) == std::vector<std::string>{"Microsoft Office", "JavaScript", "SQL", "Python"});
}

TEST_CASE("an application form's 'First Name   Last Name' row over the values names the person; a 'País:' row completes the town") {
  auto form = parse_text(
      "Heartland Grocers Careers\n\nMy Information\nLegal Name\nFirst Name                    Last Name\n"
      "Danielle                      Reyes-Whitfield\nEmail Address\ndanielle@example.com\n");
  CHECK(form.contact.name == "Danielle Reyes-Whitfield");
  auto portal = parse_text(
      "DATOS PERSONALES\nNombre: Lucía\nApellidos: Gracia Lafuente\nEmail: lucia@example.es\nPaís: España\n"
      "Localidad: Zaragoza\n\nEXPERIENCIA\nPuesto: Técnica de Calidad\n");
  CHECK(portal.contact.name == "Lucía Gracia Lafuente");
  CHECK(portal.contact.city == "Zaragoza");
  CHECK(portal.contact.location_text == "Zaragoza, España");
}

TEST_CASE("review: a bullet's figure ('2.5 Million'), a typed MM.YY date and a candidate's phone label keep what they say") {
  auto figures = parse_text(
      "Ann Lee\nann@example.com\n\nExperience\n\nGrowth Lead, Acme Ltd   2019 – 2023\n"
      "• 2.5 Million new subscribers acquired\n• 2.1 Million EUR annual savings\n");
  REQUIRE(figures.work.size() == 1);
  REQUIRE(figures.work[0].highlights.size() == 2);
  CHECK(figures.work[0].highlights[0].starts_with("2.5 Million"));
  auto typed = parse_text(
      "Max Mustermann\nmax@example.de\n\nAusbildung\n\n10.10  –  09.15\tTU München, M.Sc. Maschinenbau\n"
      "10.08  –  09.10\tGymnasium Köln, Abitur\n");
  REQUIRE(!typed.education.empty());
  CHECK(typed.education[0].institution == "TU München");
  auto phone = parse_text("Laura Pérez\nTeléfono candidato: 612 345 678\nlaura@example.es\n");
  CHECK(phone.contact.phone == "612 345 678");
  auto name = parse_text("Nombre:  María  José\nApellidos:  García  López\nmaria@example.es\n");
  CHECK(name.contact.name == "María  José García  López");
}

TEST_CASE("review: 'Role and Responsibilities' heads the duties; 'Ende der Probezeit' ends no job") {
  auto table = parse_text(
      "Rahul Sharma\nrahul@example.in\n\nExperience\n\n| Duration | Company | Designation | Role and Responsibilities |\n"
      "|---|---|---|---|\n| Jun 2019 – Present | Infosys Ltd | Senior Developer | Led migration of billing services |\n",
      "cv.md");
  REQUIRE(table.work.size() == 1);
  CHECK(table.work[0].position == "Senior Developer");
  CHECK(table.work[0].company == "Infosys Ltd");
  auto form = parse_text(
      "Max Mustermann\nmax@example.de\n\nBerufserfahrung\n\nFunktion: Projektleiter\nArbeitgeber: Siemens AG\n"
      "Zeitraum: 01/2019 – 12/2023\nEnde der Probezeit: 06/2019\n");
  REQUIRE(!form.work.empty());
  CHECK(form.work[0].end.iso() == "2023-12");
}

TEST_CASE("an application form's labels above their values (Workday's review page) read as labelled fields") {
  auto resume = parse_text(
      "Dana Reyes\ndana@example.com\n\nWork Experience\nWork Experience 1\n"
      "Job Title                         Company\nSenior Supply Chain Analyst       Buckeye Distribution Partners, LLC\n"
      "Location                          I currently work here\nColumbus, OH                      Yes\nFrom\n06/2021\n"
      "Role Description\n• Own the weekly demand forecast.\nWork Experience 2\n"
      "Job Title                         Company\nSupply Chain Analyst              Scioto Valley Foods, Inc.\n"
      "Location                          From\nGroveport, OH                     08/2018\nTo\n05/2021\n\n"
      "Education\nEducation 1\nSchool or University              Degree\nThe Ohio State University         Bachelor's Degree\n"
      "From                              To (Actual or Expected)\n2014                              2018\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Senior Supply Chain Analyst");
  CHECK(resume.work[0].company == "Buckeye Distribution Partners, LLC");
  CHECK(resume.work[0].start.iso() == "2021-06");
  CHECK(resume.work[1].company == "Scioto Valley Foods, Inc.");
  CHECK(resume.work[1].end.iso() == "2021-05");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "The Ohio State University");
  CHECK(resume.education[0].study_type == "Bachelor's Degree");
}

TEST_CASE("an Italian technical school by its dotted initials ('I.T.C. \"Pier Crescenzi – Pacinotti\"') is the school") {
  auto resume = parse_text(
      "Chiara Neri\nchiara@example.it\n\nISTRUZIONE\n\n1999 – 2004\tDiploma di Ragioneria\n"
      "\tI.T.C. \"Pier Crescenzi – Pacinotti\", Bologna\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "I.T.C. \"Pier Crescenzi – Pacinotti\"");
}
