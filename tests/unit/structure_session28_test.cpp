// Resumes shaped like session 28's held-out rounds (rounds 61–62); all people, schools and employers invented.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/structure/dates.h"
#include "linter/structure/headings.h"
#include "linter/structure/structure.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a standard's four-digit number past any expected graduation is no year") {
  CHECK_FALSE(find_date("Heiz- und Kühllastberechnungen nach ÖNORM EN 12831 und VDI 2078").has_value());
  REQUIRE(find_date("Master of Science, expected 2031").has_value());
  CHECK(find_date("Master of Science, expected 2031")->start.year == 2031);
}

TEST_CASE("a part closing on a legal form is the employer, though a title word stands in its name") {
  auto resume = parse_text(
      "Lukas Pichler\nlukas@example.com\n\nBERUFSERFAHRUNG\n\nPlaner HLK\nTB Wallner & Partner GmbH\n09/2013 – 02/2017, Wien\n"
      "• Heiz- und Kühllastberechnungen nach ÖNORM\n• Ausführungsplanung von Lüftungsanlagen\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Planer HLK");
  CHECK(resume.work[0].company == "TB Wallner & Partner GmbH");
}

TEST_CASE("a dotted legal form printed with a space ('e. V.') names the employer below a title with its unit") {
  auto resume = parse_text(
      "Katharina Böhme\nkatharina@example.de\n\nBERUFSERFAHRUNG\n\n"
      "Sozialarbeiterin – Ambulante Hilfen zur Erziehung   seit 04/2021\nJugendhilfeverbund Leipzig-Ost e. V.   Leipzig\n"
      "• Begleitung von durchschnittlich 9 Familien\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Sozialarbeiterin – Ambulante Hilfen zur Erziehung");
  CHECK(resume.work[0].company == "Jugendhilfeverbund Leipzig-Ost e. V.");
}

TEST_CASE("Spain's professional company ('S.L.P.') keeps its name, the town after its dash") {
  auto resume = parse_text(
      "Ana Ruiz\nana@example.com\n\nExperiencia profesional\n\nMar. 2014 – Dic. 2017\nTécnica contable y fiscal\n"
      "Asesoría Fiscal Triana, S.L.P. – Sevilla\n• Llevanza de la contabilidad de una cartera de 45 clientes.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Técnica contable y fiscal");
  CHECK(resume.work[0].company == "Asesoría Fiscal Triana, S.L.P.");
  CHECK(resume.work[0].location == "Sevilla");
}

TEST_CASE("a hotel's star rating typed as asterisks is no part of its name") {
  auto resume = parse_text(
      "Marco Esposito\nmarco@example.it\n\nEsperienza lavorativa\n\nChef de partie\nGrand Hotel Villa Aurora *****\n"
      "04/2018 – 02/2021\n• Gestione della partita dei primi\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Grand Hotel Villa Aurora");
}

TEST_CASE("Swiss and Spanish degrees: CAS/MAS in a field, Maturità, Especialista en, Título Profesional, Curso Profissional, HNC") {
  auto resume = parse_text(
      "Chiara Bernasconi\nchiara@example.ch\n\nFormazione\n\n"
      "CAS in Revenue & Digital Distribution Management   2018 – 2019\nIstituto di Management Turistico, Manno\n\n"
      "Albergatrice-ristoratrice dipl. SSS   2005 – 2008\nScuola superiore alberghiera e del turismo, Bellinzona\nNota finale: 5,3\n\n"
      "Maturità commerciale   2000 – 2004\nScuola cantonale di commercio, Bellinzona\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].study_type == "CAS");
  CHECK(resume.education[0].area == "Revenue & Digital Distribution Management");
  CHECK(resume.education[1].score == "5,3");
  CHECK(resume.education[2].study_type == "Maturità commerciale");
  CHECK(resume.education[2].institution == "Scuola cantonale di commercio");

  auto latin = parse_text(
      "Rosa Quispe\nrosa@example.pe\n\nFORMACIÓN ACADÉMICA\n\nEspecialista en Revisoría Fiscal\nFundación Universitaria Horizonte Andino – Medellín\n"
      "2019 – 2020\n\nTítulo Profesional de Contador Público\nUniversidad Nacional Mayor de San Marcos\n2015\n");
  REQUIRE(latin.education.size() == 2);
  CHECK(latin.education[0].study_type == "Especialista");
  CHECK(latin.education[0].area == "Revisoría Fiscal");
  CHECK(latin.education[1].study_type == "Título Profesional");
  CHECK(latin.education[1].area == "Contador Público");

  auto trades = parse_text(
      "Rui Faria\nrui@example.pt\n\nFormação:\n2012  Curso Profissional de Técnico de Eletrotecnia - Escola Profissional do Minho, Braga\n\n"
      "Education\nHNC Fire Safety   2010\nNorth East Scotland Technical College, Aberdeen\n");
  REQUIRE(trades.education.size() == 2);
  CHECK(trades.education[0].study_type == "Curso Profissional");
  CHECK(trades.education[1].study_type == "HNC");
  CHECK(trades.education[1].area == "Fire Safety");
}

TEST_CASE("a course of study with its degree in brackets: the bracketed degree, the field without its article") {
  auto resume = parse_text(
      "Katharina Böhme\nkatharina@example.de\n\nAUSBILDUNG\n\nStudium der Sozialen Arbeit (B.A.)   10/2014 – 08/2018\n"
      "Hochschule Mitteldeutschland für Angewandte Wissenschaften   Leipzig\nAbschlussnote: 1,7\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "B.A.");
  CHECK(resume.education[0].area == "Sozialen Arbeit");
}

TEST_CASE("a whole degree name of an unlisted field ('Bachelor of Psychological Science (Honours)')") {
  auto resume = parse_text(
      "Mia Chen\nmia@example.com.au\n\nEDUCATION\n\nBachelor of Psychological Science (Honours)   2012 – 2016\n"
      "The University of Queensland · First Class Honours\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Bachelor of Psychological Science (Honours)");
  // Not cut at "and": "Bachelor of Media and Communication" is read as before, the field whole.
  auto media = parse_text("Mia Chen\nmia@example.com.au\n\nEDUCATION\n\nBachelor of Media and Communication, University of Sydney, 2014 - 2017\n");
  REQUIRE(media.education.size() == 1);
  CHECK(media.education[0].area == "Media and Communication");
}

TEST_CASE("a mark line whose quoted thesis title wraps keeps the mark, whatever years it names") {
  auto resume = parse_text(
      "Avery Lindqvist\navery@example.com\n\nEDUCATION\n\nBachelor of Science (Honours), Geology   Sep 2018 – Apr 2022\n"
      "Mount Rundle University   Calgary, AB\n"
      "GPA: 3.72/4.00 · Dean's List (2020, 2021) · Honours thesis: “Diagenetic controls on porosity in the\n"
      "Cardium Formation, Pembina field”\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].score == "3.72/4.00");
}

TEST_CASE("a degree spelt out with how it was awarded, under its short name, is a note on it") {
  auto resume = parse_text(
      "Léa Guérin\nlea@example.com\n\nFORMATION\n\n2016 — 2019\nDN MADE mention Graphisme\n"
      "École supérieure d'arts appliqués de l'Erdre · Nantes\n"
      "Diplôme national des métiers d'art et du design, obtenu avec mention\nBien.\n\n2016\nBaccalauréat STD2A\n"
      "Lycée Camille-Claudel · Nantes\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "DN MADE");
  CHECK(resume.education[1].study_type == "Baccalauréat STD2A");
}

TEST_CASE("the grade a Chilean degree was conferred with ('Nota de titulación')") {
  auto resume = parse_text(
      "Ignacio Fuentealba\nignacio@example.cl\n\nFormación Académica\n\nIngeniería Civil Industrial   2007 – 2013\n"
      "Universidad Técnica de Valparaíso, Valparaíso\nTítulo: Ingeniero Civil Industrial. Nota de titulación: 6,2\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].score == "6,2");
}

TEST_CASE("a sentence told in the first person from a year on is prose, no entry") {
  auto resume = parse_text(
      "Sanne de Vries\nsanne@example.nl\n\nExperience\n\nCourse coordinator, Stem Cells and Regeneration   2022 – present\n"
      "Domstad University\nSince 2016 I have supervised 5 MSc and 4 BSc thesis students and acted as daily supervisor of 2 PhD candidates.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Domstad University");
}

TEST_CASE("a university's unit after the title goes with the university, unless the employer's line names its own") {
  auto resume = parse_text(
      "Jane Roe\njane@example.com\n\nExperience\n\n"
      "Undergraduate Research Assistant, Department of Earth Sciences, Mount Rundle University   Jan 2021 – Apr 2022\n"
      "• Conducted XRD analysis on samples.\n\n"
      "Assistante d'enseignement, Département de droit civil   2015 – 2016\nUniversité du Léman, Faculté de droit\n"
      "• Séminaires de droit des obligations.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Undergraduate Research Assistant");
  CHECK(resume.work[0].company == "Department of Earth Sciences, Mount Rundle University");
  CHECK(resume.work[1].position == "Assistante d'enseignement, Département de droit civil");
  CHECK(resume.work[1].company == "Université du Léman, Faculté de droit");
  // A title's own field named with a unit word is no unit: "Associate Dean, Faculty Affairs".
  auto dean = parse_text("Jane Roe\njane@example.com\n\nExperience\n\nAssociate Dean, Faculty Affairs\nStanford University    2019 - Present\n"
                         "• Led faculty hiring.\n");
  REQUIRE(dean.work.size() == 1);
  CHECK(dean.work[0].position == "Associate Dean, Faculty Affairs");
  CHECK(dean.work[0].company == "Stanford University");
}

TEST_CASE("LinkedIn's export: a role's 'Town, Region, Country' line under an employer's banner is its place") {
  auto resume = parse_text(
      "Jane Roe\njane@example.com\n\nExperience\n\nTechnologies Mirabel inc.\n5 years 9 months\n\nProject Manager\n"
      "April 2017 - December 2020 (3 years 9 months)\nLaval, Quebec, Canada\nLed ERP projects for manufacturing clients.\n\n"
      "Project Coordinator\nApril 2015 - March 2017 (2 years)\nLaval, Quebec, Canada\n• Tracked schedules and budgets of 12 projects\n\n"
      "Initech Robotics, Denver, CO\nField Engineer\nMay 2012 - March 2015\n");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[1].position == "Project Coordinator");
  CHECK(resume.work[1].company == "Technologies Mirabel inc.");
  CHECK(resume.work[1].location == "Laval, Quebec, Canada");
  CHECK(resume.work[2].company == "Initech Robotics");  // an employer before a town and its state's code still is one
  // With no employer's banner above, the first piece before a region and its country is the employer.
  auto plain = parse_text("Jane Doe\njane@example.com\n\nEXPERIENCE\n\nSenior Developer    2019 - Present\nTelus, Alberta, Canada\n"
                          "- Led a team of 12 across three sites.\n");
  REQUIRE(plain.work.size() == 1);
  CHECK(plain.work[0].company == "Telus");
}

TEST_CASE("an e-mail address broken inside its domain in a narrow column is read whole") {
  auto resume = parse_text(
      "Coordonnées\n514 555-0147 (Mobile)\ngenevieve.gagnon@exam\nple.com\n\nGeneviève Gagnon\nDirectrice de projets\n\n"
      "Résumé\nGestionnaire de projets bilingue.\n");
  CHECK(resume.contact.email == "genevieve.gagnon@example.com");
}

TEST_CASE("contact places: a Galician street, Luxembourg's and Switzerland's lettered postcodes, a sentence before the town") {
  auto place = [](const std::string& line) {
    return parse_text("Ana Pérez\n" + line + "\nTel.: 652 318 447 · ana@example.com\n\nEXPERIENCIA\n").contact.location_text;
  };
  CHECK(place("Rúa do Hórreo 42, 3.o B · 15702 Santiago de Compostela (A Coruña)") == "Santiago de Compostela (A Coruña)");
  CHECK(place("12, rue des Romains, L-8041 Strassen, Luxembourg") == "Strassen, Luxembourg");
  CHECK(place("Via Nassa 5, CH-6900 Lugano") == "Lugano");
  CHECK(place("Data engineer who likes boring, reliable pipelines. Seattle, WA · github.com/mdr") == "Seattle, WA");
}

TEST_CASE("moderncv's footer: the street and town on the line with the phone and e-mail, after the sections") {
  auto resume = parse_text(
      "Élodie Warnant\nEnseignante\n\nProfil\nEnseignante de français depuis dix ans.\n\n"
      "Rue Saint-Gilles 212 – 4000 Liège – Belgique\n+32 478 21 56 09 • elodie.warnant@example.be\n");
  CHECK(resume.contact.location_text == "Liège, Belgique");
}

TEST_CASE("LinkedIn's skills heading in French, Portuguese, Spanish, Italian, Dutch and German") {
  for (const char* heading : {"Principales compétences", "Principais competências", "Aptitudes principales", "Competenze principali",
                              "Belangrijkste vaardigheden", "Top-Kenntnisse"}) {
    INFO(heading);
    auto name = canonical_section(heading);
    CHECK(name.canonical == "skills");
    CHECK(name.exact);
  }
}

TEST_CASE("a skill group's label of two fields joined by a connector may run to five words") {
  auto resume = parse_text(
      "Giulia Neri\ngiulia@example.it\n\nCOMPETENZE TECNICHE\nLinguaggi: Java, Python\n"
      "Test management e bug tracking: Jira, Xray, TestRail\n");
  REQUIRE(resume.skills.size() == 2);
  CHECK(resume.skills[1].name == "Test management e bug tracking");
  CHECK(resume.skills[1].keywords == std::vector<std::string>{"Jira", "Xray", "TestRail"});
}

TEST_CASE("a German CV's closing place, date and signature, and a driving licence's class under its label, are no skills") {
  auto resume = parse_text(
      "Lena Marie Petersen\nlena@example.de\n\nKenntnisse\nEDV-Kenntnisse: SAP, MS Office\nFührerschein:\nKlasse B\n\n"
      "Hamburg, 14.03.2025\nLena Petersen\n");
  CHECK(skill_items(resume) == std::vector<std::string>{"SAP", "MS Office"});
}

TEST_CASE("a standard named 'EN 9100' in a skills list keeps its letters; a lower-case 'en' joining the last item goes") {
  auto resume = parse_text("Julien Morel\njulien@example.fr\n\nCompétences\nQualité : EN 9100, EN 9102 (FAI), 8D\n"
                           "Tools: SAP, Minitab, and Excel\n");
  CHECK(skill_items(resume) == std::vector<std::string>{"EN 9100", "EN 9102 (FAI)", "8D", "SAP", "Minitab", "Excel"});
}

TEST_CASE("the person's own name among skill items (a running head read into the list) is no skill") {
  auto resume = parse_text("Iñigo Etxebarria Goikoetxea\ninigo@example.com\n\nCompetencias\nCATIA V5, SolidWorks\n"
                           "Currículum vitae · Iñigo Etxebarria\nAutoCAD, ANSYS Mechanical\n");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "Iñigo Etxebarria") == items.end());
  CHECK(std::find(items.begin(), items.end(), "AutoCAD") != items.end());
}
