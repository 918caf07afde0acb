// Education entries: degree names, fields and notes found on held-out resumes; all text invented.
#include <doctest/doctest.h>

#include "linter/structure/fields.h"
#include "linter/structure/structure.h"
#include "parsers/frontend.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a Brazilian postgraduate's 'Especialização lato sensu' line is a note, not a second degree") {
  auto resume = parse_text(
      "Ana Souza\nana@example.com\n\nFORMAÇÃO\n2019 – 2020\nPós-graduação em Gestão Hospitalar\n"
      "Faculdade Paranaense de Saúde · Londrina – PR\nEspecialização lato sensu, 360 h · TCC: \"Filas no pronto-socorro\"\n"
      "2012 – 2016\nBacharelado em Enfermagem\nUniversidade Estadual de Londrina\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Pós-graduação");
  CHECK(resume.education[0].area == "Gestão Hospitalar");
  CHECK(resume.education[1].study_type == "Bacharelado");
}

TEST_CASE("Austria's 'Bachelor of Science in Engineering (BSc)' is one degree name when a field follows the dash") {
  CHECK(degree_length("Bachelor of Science in Engineering (BSc) – Mechatronik") ==
        std::string_view("Bachelor of Science in Engineering (BSc)").size());
  CHECK(degree_length("MASTER OF SCIENCE IN ENGINEERING (MSC)") == std::string_view("MASTER OF SCIENCE IN ENGINEERING (MSC)").size());
  // Without its official short form it parts degree and field as usual.
  CHECK(degree_length("Bachelor of Science in Engineering, 2019") == std::string_view("Bachelor of Science").size());
  auto resume = parse_text(
      "Lena Gruber\nlena@example.com\n\nAUSBILDUNG\n09/2016 – 07/2019\nBachelor of Science in Engineering (BSc) – Mechatronik\n"
      "Fachhochschule Oberösterreich\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Bachelor of Science in Engineering (BSc)");
  CHECK(resume.education[0].area == "Mechatronik");
}

TEST_CASE("Belgian and Austrian education lines: specialisation bachelors, FH degree names, programmes, classes and chambers") {
  auto resume = parse_text(
      "Aurélie Dethier\naurelie@example.org\n\nFORMATION\n2020 – 2021   Bachelier de spécialisation en soins intensifs\n"
      "Haute École de la Province – Liège\nGrade : Distinction\n2013 – 2016   Bachelier en soins infirmiers\n"
      "Haute École de la Province – Liège\nGrade : Grande distinction\n"
      "Stage Erasmus (fév. – avril 2016) : Hospital Clínico San Carlos, Madrid – urgences\n\n"
      "AUSBILDUNG\n2018 – 2021   Bachelor of Arts in Business (BA), FH Kärnten – Studiengang Tourismusmanagement, Villach, berufsbegleitend\n"
      "2011 – 2014   Reife- und Diplomprüfung, HLT Bad Gleichenberg – Aufbaulehrgang für Tourismus, ausgezeichneter Erfolg\n"
      "07/2011   Lehrabschlussprüfung Restaurantfachfrau, Lehrlingsstelle der WK Steiermark, mit Auszeichnung bestanden\n");
  REQUIRE(resume.education.size() == 5);  // the dated Erasmus remark is no school of its own
  CHECK(resume.education[0].study_type == "Bachelier de spécialisation");
  CHECK(resume.education[0].area == "soins intensifs");
  CHECK(resume.education[0].score == "Distinction");
  CHECK(resume.education[1].score == "Grande distinction");
  CHECK(resume.education[2].study_type == "Bachelor of Arts in Business (BA)");
  CHECK(resume.education[2].institution == "FH Kärnten");
  CHECK(resume.education[2].area == "Tourismusmanagement");
  CHECK(resume.education[3].institution == "HLT Bad Gleichenberg");
  CHECK(resume.education[3].area == "Aufbaulehrgang für Tourismus");
  CHECK(resume.education[3].score == "ausgezeichneter Erfolg");
  CHECK(resume.education[4].area == "Restaurantfachfrau");
  CHECK(resume.education[4].institution == "Lehrlingsstelle der WK Steiermark");
}

TEST_CASE("a degree named after its college's province keeps its field ('Ontario College Diploma, Practical Nursing')") {
  auto resume = parse_text(
      "Dani Reyes\ndani@example.com\n\nEDUCATION\nOntario College Diploma, Practical Nursing        2017 – 2019\n"
      "Northgate College, Toronto, ON\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].study_type == "Ontario College Diploma");
  CHECK(resume.education[0].area == "Practical Nursing");
  CHECK(resume.education[0].institution == "Northgate College");
}

TEST_CASE("a chamber's initials name a school only standing alone: 'IHK Nürnberg', not 'IHK-Abschlussprüfung'") {
  CHECK(institution_score("IHK Nürnberg für Mittelfranken") > 0);
  CHECK(institution_score("IHK-Abschlussprüfung: 2,1") == 0);
  CHECK(institution_score("") == 0);  // no words at all
  CHECK(institution_score(" – ") == 0);
  auto resume = parse_text(
      "Jan Brod\njan@example.com\n\nAusbildung\n09/2016 – 01/2019   Ausbildung zum Bankkaufmann, Vereinigte Sparkasse Fürth-Zirndorf, Fürth, IHK-Abschlussprüfung: 2,1\n"
      "2007 – 2016   Allgemeine Hochschulreife, Gymnasium am Pegnitzufer, Nürnberg, Abiturnote: 2,4\n"
      "Leistungskurse Mathematik und Wirtschaft und Recht\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Vereinigte Sparkasse Fürth-Zirndorf");
  CHECK(resume.education[0].score == "2,1");
  CHECK(resume.education[1].score == "2,4");
  CHECK(resume.education[1].area.empty());  // the advanced courses are a remark, no field
}

TEST_CASE("a term abroad told in one line under a degree is a remark; set as an entry of its own it stays one") {
  auto remark = parse_text(
      "Élodie Marchal\nelodie@example.fr\n\nFORMATION\nDiplôme d’ingénieur – Mathématiques appliquées        2016 – 2019\n"
      "École Supérieure d’Ingénieurs du Dauphiné, Grenoble\n"
      "Semestre d’échange à l’Université de Montréal (automne 2018)\n"
      "Bachelor of Commerce                                          2014 – 2017\nEastbrook University, Melbourne\n"
      "Exchange semester: Straits University, Singapore (Semester 1, 2016)\n"
      "Bachelor Sociale Geografie                                    2013 – 2016\nUniversiteit Groningen, Groningen\n"
      "Minor Bestuurskunde. Uitwisselingssemester aan Uppsala universitet (Zweden), voorjaar 2015.\n");
  REQUIRE(remark.education.size() == 3);
  CHECK(remark.education[1].institution == "Eastbrook University");
  auto entry = parse_text(
      "Rita Sousa\nrita@example.pt\n\nFORMAÇÃO\n2011 – 2016             Mestrado Integrado em Engenharia Mecânica\n"
      "                        Universidade de Aveiro\n"
      "set. 2014 – fev. 2015   Programa Erasmus+ (1 semestre)\n"
      "                        Technische Universität Braunschweig, Alemanha\n");
  REQUIRE(entry.education.size() == 2);
  CHECK(entry.education[1].institution == "Technische Universität Braunschweig");
}

TEST_CASE("a labelled remark naming no degree or school stays with the degree above; 'Master of Applied Finance' is one name") {
  auto resume = parse_text(
      "Rafael Tavares\nrafael@example.com\n\nFORMAÇÃO\nMestrado em Ciência da Computação                 03/2018 – 08/2020\n"
      "Universidade Federal do Interior Paulista (UFIP)\nÁrea de concentração: Aprendizado de Máquina · Bolsista CAPES (2018–2019)\n"
      "Master of Applied Finance                         2024 – Expected 2026\nEastbrook University, Melbourne\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Universidade Federal do Interior Paulista (UFIP)");
  CHECK(resume.education[1].study_type == "Master of Applied Finance");
}

TEST_CASE("Dutch VMBO learning paths are named in full") {
  CHECK(degree_length("VMBO kaderberoepsgerichte leerweg, Bouwen") == std::string_view("VMBO kaderberoepsgerichte leerweg").size());
}

TEST_CASE("a running degree's expected graduation date, on its line of dates or labelled below it, is its end") {
  auto resume = parse_text(
      "Lotte Peeters\nlotte@example.be\n\nOPLEIDING\n2023 - heden (verwacht afstuderen: juni 2026)\nMaster of Science in de verpleegkunde\n"
      "Scheldeland Universiteit, Gent\n\n2021 – heden\nHBO Werktuigbouwkunde (deeltijd)\nHogeschool Zuid-Brabant, Eindhoven\n"
      "Verwachte afstudeerdatum: juli 2026\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].end.iso() == "2026-06");
  CHECK_FALSE(resume.education[0].end.present);
  CHECK(resume.education[1].end.iso() == "2026-07");
}

TEST_CASE("review 24: schools after a dated label, exchange stays with periods of their own, course records and 'Dr.in' are kept") {
  auto prepa = parse_text(
      "Élodie Marchal\nelodie@example.fr\n\nFORMATION\nDiplôme d’ingénieur, École Centrale de Lyon        2014 – 2017\n"
      "Prépa MPSI/MP (2012-2014) : Lycée Louis-le-Grand, Paris\n");
  CHECK(prepa.education.size() == 2);
  auto stays = parse_text(
      "Jonas Becker\njonas@example.de\n\nAUSBILDUNG\nB.Sc. Informatik, Universität Leipzig        2015 – 2019\n"
      "Study abroad, London School of Economics, Jan 2018 – May 2018\n");
  REQUIRE(stays.education.size() == 2);
  CHECK(stays.education[1].end.iso() == "2018-05");
  auto course = parse_text(
      "Jonas Becker\njonas@example.de\n\nAUSBILDUNG\nB.Sc. Informatik, Universität Leipzig        2015 – 2019\n"
      "Zertifikat: Scrum Master (PSM I), 2021\n");
  CHECK(course.education.size() == 2);
  CHECK(parse_text("Dr.in Katharina Huber\nk.huber@example.at\n\nBERUFSERFAHRUNG\nÄrztin\n").contact.name == "Katharina Huber");
}

TEST_CASE("review 24: an exchange semester set as a block of its own with its dates below keeps its entry") {
  auto resume = parse_text(
      "Anna Schmidt\nanna@example.de\n\nAUSBILDUNG\n\nBachelor of Science Betriebswirtschaftslehre\nUniversität Mannheim\n09/2015 – 08/2019\n\n"
      "Auslandssemester, Universidad de Granada, Spanien\n09/2017 – 02/2018\n\nAbitur\nGymnasium Starnberg\n2015\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[1].institution == "Universidad de Granada");
  CHECK(resume.education[1].start.iso() == "2017-09");
}

TEST_CASE("a school's town after its comma is dropped, a US state university's campus is kept") {
  auto resume = parse_text(
      "Tom Fairley\ntom@example.co.uk\n\nEDUCATION\nBEng (Hons) Mechanical Engineering        2011 – 2015\n"
      "University of Mid-Lancashire, Preston\n\nHavo, profiel Economie & Maatschappij | Comenius College, Capelle aan den IJssel   2010 – 2015\n\n"
      "BA Economics     2006 – 2010\nUniversity of Wisconsin, Milwaukee\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].institution == "University of Mid-Lancashire");
  CHECK(resume.education[1].institution == "Comenius College");
  CHECK(resume.education[2].institution == "University of Wisconsin, Milwaukee");
}

TEST_CASE("a count of GCSEs with their grades under the GCSE entry is its marks, no entry of its own") {
  auto resume = parse_text(
      "Tom Fairley\ntom@example.co.uk\n\nEDUCATION\nA-levels        2009 – 2011\nTameside Sixth Form College, Ashton-under-Lyne\n"
      "GCSEs        2004 – 2009\nSt Aidan’s High School, Ashton-under-Lyne\n10 GCSEs at A*–B including Mathematics (A*) and English (A)\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].study_type == "GCSEs");
  CHECK(resume.education[1].score == "10 GCSEs at A*–B including Mathematics (A*) and English (A)");
}

TEST_CASE("entries laid out alike with a remark under each date, the last without one, part at the same step") {
  auto resume = parse_text(
      "Thijs van Dijk\nthijs@example.nl\n\nOPLEIDING\nBachelor Logistics Management (HBO)\nHogeschool Midden-Nederland\n"
      "sep 2013 – jul 2017\nAfstudeerrichting Supply Chain Management. Gemiddeld cijfer: 7,4\nMBO niveau 4 – Logistiek Teamleider\n"
      "ROC Rijn & Vecht\naug 2010 – jul 2013\nBBL-traject, diploma behaald met lof\nVMBO-TL\nHet Nieuwegeinse College\n2006 – 2010\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].score == "7,4");
  CHECK(resume.education[1].study_type == "MBO niveau 4");
  CHECK(resume.education[1].score.empty());
  CHECK(resume.education[2].study_type == "VMBO-TL");
  CHECK(resume.education[2].start.iso() == "2006");
}

TEST_CASE("schools written as a form: 'Achievements:' among the fields heads no section, 'School:' is no word of the name") {
  auto resume = parse_text(
      "Lindiwe Matyila\nlindiwe@example.com\n\nEDUCATIONAL QUALIFICATIONS\n"
      "Institution:    Peninsula University of Technology, Cape Town\nQualification:  National Diploma: Human Resources Management\n"
      "Year:           2014 - 2016\nAchievements:   Passed with distinction in Labour Relations\n\n"
      "School:         Sinethemba Senior Secondary School, Khayelitsha\nQualification:  National Senior Certificate (Matric) - Bachelor's pass\n"
      "Year:           2013\n");
  CHECK(resume.sections.size() == 1);
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].institution == "Sinethemba Senior Secondary School");
  CHECK(resume.education[1].study_type == "National Senior Certificate (Matric)");
}

TEST_CASE("a study-mode line under the school ('berufsbegleitend, Abschlussnote: …') is no more of its name; 'Fachweiterbildung' is a degree") {
  auto resume = parse_text(
      "Katharina J\nk@example.de\n\nAus- und Weiterbildung\n10/2020 – 09/2022 Fachweiterbildung Intensiv- und Anästhesiepflege (DKG)\n"
      "Bildungsakademie Klinikum Hamburg-Nord, Hamburg\nberufsbegleitend, Abschlussnote: sehr gut (1,3)\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Bildungsakademie Klinikum Hamburg-Nord");
  CHECK(resume.education[0].study_type == "Fachweiterbildung");
}

TEST_CASE("an Indian college's 'Affiliated to …' university, and the remark after it, is no part of the college's name") {
  auto resume = parse_text(
      "Arjun Rao\narjun@example.in\n\nEducation\n2014 – 2018 B.Tech in Computer Science and Engineering, Nandi Institute of Technology,\n"
      "Bengaluru, CGPA: 8.4/10\nAffiliated to Visvesvaraya Technological University (VTU). Final-year project: “Crop price forecasting”\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Nandi Institute of Technology");
}
