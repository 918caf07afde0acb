// Held-out rounds 95–98 leftovers: what session 42's documents taught.
#include <doctest/doctest.h>

#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "linter/text_util.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("portal headings for school and courses: 'Formação escolar', 'Educación formal', 'Educación no formal'") {
  CHECK(canonical_section("Formação escolar").canonical == "education");
  CHECK(canonical_section("EDUCACIÓN FORMAL").canonical == "education");
  CHECK(canonical_section("EDUCACIÓN NO FORMAL").canonical == "certifications");
}

TEST_CASE("Italian 'Patente' (a driving licence) names no publications section") {
  CHECK(canonical_section("Patente").canonical != "publications");
  CHECK(canonical_section("Publikationen und Patente").canonical == "publications");
}

TEST_CASE("a degree's field then, with no mark between, the school its opening word names") {
  auto resume = parse_text(
      "Giulia Benetton\ngiulia@example.it\n\nIstruzione e formazione\n\n2018 – 2019\n"
      "Master di I livello in Area Critica e dell'Emergenza Università degli Studi di Padova – voto 30/30\n"
      "2011\nDiploma di Liceo Scientifico Liceo Scientifico \"Giorgione\", Castelfranco Veneto\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Master di I livello");
  CHECK(resume.education[0].area == "Area Critica e dell'Emergenza");
  CHECK(resume.education[0].institution == "Università degli Studi di Padova");
  CHECK(resume.education[1].institution.starts_with("Liceo Scientifico \"Giorgione\""));
}

TEST_CASE("a field naming a school's kind without its name stays the field") {
  auto resume = parse_text(
      "Anna Keller\nanna@example.de\n\nEducation\n\nMaster of Arts in History of the University\nUniversity of Leeds\n2014 – 2016\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "University of Leeds");
}

TEST_CASE("a status chip beside the degree ('Concluído') is no field; the line under a school-leaving certificate is its school") {
  auto resume = parse_text(
      "Beatriz Almeida\nbia@example.com.br\n\nFormação escolar\n\n"
      "Administração – Bacharelado              Cursando\nUniversidade Metodista de Piracicaba – UNIMEP\n"
      "Nível: Superior · Início: 02/2024 · Previsão de conclusão: 12/2027\n\n"
      "Ensino Médio        Concluído\nE.E. Sud Mennucci\nConclusão: 12/2022\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].start.iso() == "2024-02");
  CHECK(resume.education[0].end.iso() == "2027-12");
  CHECK(resume.education[1].study_type == "Ensino Médio");
  CHECK(resume.education[1].area.empty());
  CHECK(resume.education[1].institution == "E.E. Sud Mennucci");
}

TEST_CASE("an education table with a level column beside the title obtained, and a status column") {
  auto resume = parse_text(
      "Laura Rangel\nlaura@example.co\n\nEDUCACIÓN FORMAL\n\n"
      "| Nivel | Título obtenido | Institución | Estado | Fecha |\n|---|---|---|---|---|\n"
      "| Profesional | Ingeniera Industrial | Universidad Industrial de Santander | Graduado | 09/2016 |\n"
      "| Bachillerato | Bachiller Académico | Colegio Nuestra Señora de Fátima | Graduado | 12/2010 |\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Profesional");
  CHECK(resume.education[0].area == "Ingeniera Industrial");
  CHECK(resume.education[0].institution == "Universidad Industrial de Santander");
  CHECK(resume.education[0].end.iso() == "2016-09");
  CHECK(resume.education[1].institution == "Colegio Nuestra Señora de Fátima");
}

TEST_CASE("a second heading naming education and certificates after the education section lists credentials") {
  auto resume = parse_text(
      "Camille Vidal\ncamille@example.fr\n\nDIPLÔMES\n\n2013 – 2016  Diplôme d'État d'Infirmier\nIFSI de Perpignan\n\n"
      "FORMATIONS & ATTESTATIONS\n\n2022  Hypnose conversationnelle en soins\n2020  Formation IOA – triage aux urgences\n");
  REQUIRE(resume.sections.size() >= 2);
  CHECK(resume.sections[1].canonical == "certifications");
  CHECK(resume.education.size() == 1);
  // Alone, the same compound names the education section.
  auto alone = parse_text("Camille Vidal\ncamille@example.fr\n\nFORMATIONS & ATTESTATIONS\n\n2013 – 2016  Diplôme d'État d'Infirmier\nIFSI de Perpignan\n");
  REQUIRE_FALSE(alone.sections.empty());
  CHECK(alone.sections[0].canonical == "education");
}

TEST_CASE("a profile code's capitals hyphened to its digits ('n. PN-2024-0137') is no phone") {
  auto resume = parse_text(
      "FONDAZIONE ITS | Ufficio Placement      Profilo diplomato n. PN-2024-0137\n\nDavide Zanin\n"
      "Cellulare   +39 347 918 2264\nE-mail   davide@example.it\n\nESPERIENZE PROFESSIONALI\n\nTecnico di automazione\n"
      "Brunetta Automation S.r.l.\n09/2024 – oggi\n");
  CHECK(resume.contact.phone == "+39 347 918 2264");
}

TEST_CASE("a bare seven-digit portal ID in the banner is no phone; a labelled seven-digit number is") {
  auto resume = parse_text(
      "Kandidatenprofil · ID\njobvector 4471902\n\nMiriam Albrecht-Sauer\n35039 Marburg   m.albrecht@example.de\n"
      "+49 (0)176 4418 2093\n\nBerufserfahrung\n\nTeamleitung QC\nPlasmawerk GmbH\n04/2020 – heute\n");
  CHECK(resume.contact.phone == "+49 (0)176 4418 2093");
  auto labelled = parse_text("Ana Souza\nana@example.com\nTel: 5550123\n\nExperience\n\nClerk\nAcme Corp\n2019 – 2021\n");
  CHECK(labelled.contact.phone == "5550123");
}

TEST_CASE("a form's personal details over two contact sections in a row ('Dati anagrafici', 'Residenza e recapiti'): the town is read") {
  auto resume = parse_text(
      "Curriculum Vitae – Gennaro Russo\n\nDATI ANAGRAFICI\n\nCognome      Russo      Nome      Gennaro\n"
      "Data di nascita      11/07/1993      Sesso      M\nCittadinanza      Italiana\nStato civile      Celibe\n"
      "Categoria protetta      No\nServizio militare      Esente\n\nRESIDENZA E RECAPITI\n\n"
      "Indirizzo      Via Francesco Paolo Volpe 28      CAP      84122\nComune      Salerno      Provincia      SA – Campania\n"
      "Cellulare      +39 347 218 6604      Telefono fisso      089 271 3390\n"
      "E-mail      gennaro@example.it      PEC      gennaro@pec.example.it\n\n"
      "ESPERIENZE PROFESSIONALI\n\nTecnico di cantiere\nStudio Tecnico De Luca\n09/2014 – 02/2018\n");
  CHECK(resume.contact.city == "Salerno");
}

TEST_CASE("a flat's line over the town's line with its PIN: the town is the place") {
  auto resume = parse_text(
      "SHREYA K. BHAT, Ph.D.\nFlat 3B, Sai Residency, Kadri Hills\nMangaluru \xE2\x88\x92 575 004, Karnataka, India\n"
      "Mobile : +91 94481 27305\nE-mail : shreya@example.com\n\nEXPERIENCE\n\nAssistant Professor\nSt Aloysius College\n2020 - 2023\n");
  CHECK(resume.contact.city == "Mangaluru");
  // The PIN between the town and its state parts them no more than a comma would.
  CHECK(resume.contact.region == "Karnataka");
  CHECK(resume.contact.country_code == "IN");
}

TEST_CASE("a Brazilian address on one line, its parts dashed apart: the town before its state's code") {
  auto resume = parse_text(
      "JÉSSICA CORRÊA\nTécnica em Enfermagem\nRua Blumenau, 1420 – São João – Itajaí/SC – CEP 88305-101\n"
      "Telefone: (47) 99138-2207 | E-mail: jessica@example.com\n\nEXPERIÊNCIA\n\nTécnica de Enfermagem\nHospital X\n2019 - 2021\n");
  CHECK(resume.contact.city == "Itajaí");
  CHECK(resume.contact.region == "SC");
  // Without a CEP on the line a slash names no state: "Marketing/PR" is a job's two fields.
  auto tagline = parse_text("Ana Lima\nMarketing/PR\nana@example.com\n\nEXPERIÊNCIA\n\nAnalista\nAgência Y\n2019 - 2021\n");
  CHECK(tagline.contact.city.empty());
}

TEST_CASE("a French town with its postcode in brackets, then its département") {
  auto resume = parse_text(
      "Maëlle Guérin\nChef de rang · Serveuse · Barmaid\nLa Rochelle (17000), Charente-Maritime\n06 71 38 25 94  maelle@example.fr\n\n"
      "EXPÉRIENCES\n\nChef de rang\nBrasserie du Port\n2019 - 2021\n");
  CHECK(resume.contact.city == "La Rochelle");
  CHECK(resume.contact.region == "Charente-Maritime");
}

TEST_CASE("a South African street address: the post town before the numeric code, not the suburb") {
  auto resume = parse_text(
      "Thabo Mokoena\nResidential Address:     14 Jan Hofmeyr Street, Flamingo Park, Welkom, 9459\nCell Number:     072 553 8104\n"
      "Email: thabo@example.co.za\n\nWORK EXPERIENCE\n\nElectrician\nHarmony Gold\n2019 - 2021\n");
  CHECK(resume.contact.city == "Welkom");
}

TEST_CASE("in Education a glyph before each degree, its school unmarked below, heads entries; a degree's points stay points") {
  auto resume = parse_text(
      "Jéssica Corrêa\njessica@example.com\n\nFORMAÇÃO ACADÊMICA\n\n• Bacharelado em Enfermagem – 5o período (cursando)\n"
      "Centro Universitário Litoral Catarinense – UNILITORAL\nPrevisão de conclusão: dez/2026\n• Curso Técnico em Enfermagem\n"
      "Centro de Educação Profissional do Litoral – CEPL, Itajaí/SC\nConcluído em dez/2018\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Bacharelado");
  CHECK(resume.education[0].area == "Enfermagem");
  CHECK(resume.education[1].study_type == "Curso Técnico");
  CHECK(resume.education[1].institution.starts_with("Centro de Educação Profissional do Litoral"));
}

TEST_CASE("a faculty named before its university across a comma: the university is the school; a named school stays") {
  std::string before = "Facultad de Enfermería y Terapia Ocupacional, Universidad de Extremadura";
  drop_affiliation(before);
  CHECK(before == "Universidad de Extremadura");
  std::string school = "School of Oriental and African Studies, University of London";
  drop_affiliation(school);
  CHECK(school == "School of Oriental and African Studies, University of London");
  std::string after = "University of Belgrade, Faculty of Economics";  // after it, as printed (session 36)
  drop_affiliation(after);
  CHECK(after == "University of Belgrade, Faculty of Economics");
  std::string campus = "University of California, Berkeley";
  drop_affiliation(campus);
  CHECK(campus == "University of California, Berkeley");
  std::string college = "College of Engineering, Pune";
  drop_affiliation(college);
  CHECK(college == "College of Engineering, Pune");
}

TEST_CASE("an education table's 'Specialization' column is the degree's field") {
  auto resume = parse_text(
      "Rohit Mishra\nrohit@example.in\n\nEducation\n\n| Qualification | Specialization | Institute / University | Year | Marks |\n|---|---|---|---|---|\n"
      "| MBA | Marketing | Lucknow Business School | 2013 | 68.4% |\n| B.Sc. | Biology (ZBC) | Lucknow Christian Degree College | 2011 | 61% |\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].area == "Marketing");
  CHECK(resume.education[0].institution == "Lucknow Business School");
  CHECK(resume.education[1].area == "Biology (ZBC)");
}

TEST_CASE("an ASCII box table of degrees: rule lines and its header row are no entry's words") {
  auto resume = parse_text(
      "SHREYA BHAT\nshreya@example.com\n\nACADEMIC QUALIFICATIONS\n"
      "+-------------+------------------------------+------+-------------+\n"
      "| Degree      | College / University / Board | Year | Class / CGPA |\n"
      "+-------------+------------------------------+------+-------------+\n"
      "| Ph.D.       | Mangalore University         | 2019 | Awarded     |\n"
      "| (Physics)   |                              |      |             |\n"
      "+-------------+------------------------------+------+-------------+\n"
      "| M.Sc.       | Mangalore University         | 2013 | 8.62 CGPA   |\n"
      "| (Physics)   |                              |      |             |\n"
      "+-------------+------------------------------+------+-------------+\n");
  REQUIRE(resume.education.size() == 2);
  for (const auto& entry : resume.education) {
    CHECK(entry.institution == "Mangalore University");
    CHECK(entry.area == "Physics");
  }
  CHECK(is_drawn_rule("+−−−−−+−−−−+"));
  CHECK_FALSE(is_drawn_rule("C++ - 3 years"));
}

TEST_CASE("a school's kind, its programme's label, then its full name; 'ohne Abschluss' is no field") {
  auto resume = parse_text(
      "Max Huber\nmax@example.de\n\nAusbildung\n\n09/2008 – 07/2010\nFachoberschule, Ausbildungsrichtung Technik\n"
      "Staatliche Fachoberschule Kempten\nohne Abschluss\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].area == "Technik");
  CHECK(resume.education[0].institution == "Staatliche Fachoberschule Kempten");
}

TEST_CASE("an education table headed 'School  Degree  Major  Start  End'; a count of passes stays with the degree") {
  auto resume = parse_text(
      "Kieran Doyle\nkieran@example.co.uk\n\nEDUCATION\n\n| School | Degree | Major | Start | End |\n|---|---|---|---|---|\n"
      "| Northampton College | Level 3 Diploma | Warehousing & Storage Management | 2016 | 2017 |\n"
      "| Weston Favell Academy | GCSEs (8) |  | 2005 | 2010 |\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].area == "Warehousing & Storage Management");
  CHECK(resume.education[0].start.iso() == "2016");
  CHECK(resume.education[0].end.iso() == "2017");
  CHECK(resume.education[1].study_type == "GCSEs (8)");
  CHECK(resume.education[1].area.empty());
}

TEST_CASE("a text dump's box-drawn table, cells wrapped between separators, reads as one row per entry") {
  auto resume = parse_text(
      "Pooja Deshmukh\npooja@example.in\n\nACADEMIC QUALIFICATION\n\n"
      "┌───────────────┬───────────────────────────────┬─────────────────────────────┬──────┐\n"
      "│ Qualification │      College / Institute      │     Board / University      │ Year │\n"
      "├───────────────┼───────────────────────────────┼─────────────────────────────┼──────┤\n"
      "│ B.Pharm       │ Shri Sai College of Pharmacy, │ Sant Gadge Baba Amravati    │ 2012 │\n"
      "│               │ Amravati                      │ University                  │      │\n"
      "├───────────────┼───────────────────────────────┼─────────────────────────────┼──────┤\n"
      "│ H.S.C.        │ Brijlal Biyani Science        │ Maharashtra State Board     │ 2008 │\n"
      "│               │ College                       │                             │      │\n"
      "└───────────────┴───────────────────────────────┴─────────────────────────────┴──────┘\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "B.Pharm");
  CHECK(resume.education[0].institution == "Shri Sai College of Pharmacy");
  CHECK(resume.education[0].end.iso() == "2012");
  CHECK(resume.education[1].institution == "Brijlal Biyani Science College");
}

TEST_CASE("a terminal card's panels: framed lines give their text, a title in the top border heads the section") {
  auto resume = parse_text(
      "╔══════════════════════════════╗\n║   Megan Tkachuk              ║\n║   GIS Analyst                ║\n"
      "║   email  megan@example.ca    ║\n╚══════════════════════════════╝\n\n"
      "╭─ Experience ───────────────────────────────────────────────────────────╮\n"
      "│  GIS Analyst  @ North Thompson Forest Products Ltd.   Jun 2021 – present │\n"
      "│     • Maintain the tenure, cutblock and road GIS for 1.2 M ha           │\n"
      "│                                                                          │\n"
      "│  GIS Technician  @ Cariboo Geomatics Inc.             May 2019 – May 2021 │\n"
      "│     • Digitized wildfire perimeters from Sentinel-2 imagery             │\n"
      "╰──────────────────────────────────────────────────────────────────────────╯\n");
  CHECK(resume.contact.name == "Megan Tkachuk");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "GIS Analyst");
  CHECK(resume.work[0].company == "North Thompson Forest Products Ltd.");
  CHECK(resume.work[1].start.iso() == "2019-05");
}

TEST_CASE("a picture emoji opening a text line is an icon, no word of the title") {
  auto resume = parse_text(
      "Rocío Benítez\nrocio@example.es\n\nEXPERIENCIA\n\n🍽️ Jefa de Sala | Hotel Bahía de la Caleta\n📅 Mayo 2021 – Actualidad · Cádiz\n"
      "🔹 Dirección del equipo de sala del restaurante\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Jefa de Sala");
}

TEST_CASE("a form's record counter ('Esperienza 1 di 3') over each labelled job is no employer") {
  auto resume = parse_text(
      "Gennaro Russo\ngennaro@example.it\n\nESPERIENZE PROFESSIONALI\n\nEsperienza 1 di 3\n"
      "Azienda      Cilento Edilizia Generale S.p.A.      Settore      Costruzioni\nRuolo      Direttore tecnico di cantiere\n"
      "Dal      03/2021      Al      In corso\n\nEsperienza 2 di 3\nAzienda      Studio Tecnico Amato      Settore      Servizi\n"
      "Ruolo      Geometra praticante\nDal      09/2014      Al      02/2018\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Cilento Edilizia Generale S.p.A.");
  CHECK(resume.work[1].company == "Studio Tecnico Amato");
}

// Review of the rules above (/tmp/review42): counter-examples that must keep reading as before.
TEST_CASE("review: grid rows opening in lower case, emoji duties, 'N of 5' ratings and a year under an address stay as printed") {
  auto grid = parse_text(
      "Ana Ruiz\nana@example.com\n\nEXPERIENCE\n\n+--------+--------------------------+-------------+\n"
      "| Company | Position                 | Period      |\n+--------+--------------------------+-------------+\n"
      "| PayPal  | Senior Software Engineer | 2022 - 2024 |\n| eBay    | Software Engineer        | 2018 - 2022 |\n"
      "+--------+--------------------------+-------------+\n");
  REQUIRE(grid.work.size() == 2);
  CHECK(grid.work[1].company == "eBay");
  auto emoji = parse_text(
      "Chloe Martin\nchloe@example.com\n\nEXPERIENCE\n\nGrowth Marketing Manager, Deliveroo, London\n2021 - Present\n"
      "🚀 Launched referral programme that drove 18% of new signups\n📈 Grew organic traffic from 200k to 650k monthly visits\n");
  REQUIRE(emoji.work.size() == 1);
  CHECK(emoji.work[0].company == "Deliveroo");
  CHECK(emoji.work[0].highlights.size() == 2);
  auto ratings = parse_text("Lea Roth\nlea@example.com\n\nSKILLS\n\nFigma 5 of 5\nSketch 4 of 5\nHTML/CSS 3 of 5\n");
  CHECK_FALSE(skill_items(ratings).empty());
  auto year = parse_text(
      "Anil Menon\nanil@example.in\nHouse No. 12, Temple Road, Kochi, Kerala\nDate of Birth: 15 August 1996\n\nEXPERIENCE\n\nEngineer\nX Ltd\n2019 - 2021\n");
  CHECK(year.contact.city == "Kochi");
}

TEST_CASE("review: 'École' inside a field, a lone seven-digit number, EDUCATION & BOARD CERTIFICATION, Marketing/PR after a CEP") {
  auto field = parse_text(
      "Julie Martin\njulie@example.fr\n\nFORMATION\n\n2021 – 2023\nMaster MEEF Premier degré parcours École inclusive et besoins particuliers\n"
      "Université Claude Bernard Lyon 1\n");
  REQUIRE(field.education.size() == 1);
  CHECK(field.education[0].institution == "Université Claude Bernard Lyon 1");
  CHECK(parse_text("Kevin Croes\nOranjestad, Aruba | 5601234 | kevin@example.aw\n\nWERKERVARING\n").contact.phone == "5601234");
  auto board = parse_text(
      "Dr. Sarah Lee\nsarah@example.com\n\nEDUCATION\n\nDoctor of Medicine (MD)\nJohns Hopkins University\n2010 – 2014\n\n"
      "POSTGRADUATE EDUCATION & BOARD CERTIFICATION\n\nResidency, Internal Medicine\nMassachusetts General Hospital\n2014 – 2017\n");
  REQUIRE(board.sections.size() >= 2);
  CHECK(board.sections[1].canonical == "education");
  auto cep = parse_text("Carla Souza\ncarla@example.com.br\nAv. Paulista, 1000, Bela Vista, São Paulo – CEP 01310-100 | Marketing/PR\n\nEXPERIÊNCIA\n");
  CHECK(cep.contact.city != "Marketing");
}

TEST_CASE("review: a track after 'Ensino Médio', an unlabelled date before another due date, Belgian Ardennes, a German suburb") {
  auto track = parse_text("Ana Lima\nana@example.com\n\nFORMAÇÃO\n\nEnsino Médio, Técnico em Administração\nColégio Estadual X\n2012 – 2014\n");
  REQUIRE_FALSE(track.education.empty());
  CHECK(track.education[0].institution != "Técnico em Administração");
  auto due = parse_text("Tom Reed\ntom@example.com\n\nEDUCATION\n\nB.B.A. Accounting, UT Austin, May 2019 (CPA licensure expected 2026)\n");
  REQUIRE(due.education.size() == 1);
  CHECK(due.education[0].end.iso() == "2019-05");
  auto belgian = parse_text("Luc Dubois\nBastogne, Ardennes\n+32 470 12 34 56 | luc@example.be\n\nEXPÉRIENCE\n");
  CHECK(belgian.contact.country_code != "FR");
  auto suburb = parse_text("Jonas Weber\nBahnhofstraße 3, Unterhaching, München, 82008\njonas@example.de\n\nBERUFSERFAHRUNG\n");
  CHECK(suburb.contact.city != "München");
}

TEST_CASE("'CURRICULUM VITAE' over 'OF THABO DANIEL MOKOENA': the title's last word is no part of the name") {
  auto resume = parse_text(
      "CURRICULUM VITAE\nOF THABO DANIEL MOKOENA\nPERSONAL DETAILS\nSurname:\tMokoena\nFirst Names:\tThabo Daniel\n"
      "Cell:\t072 418 3390\nE-mail:\tthabo@example.co.za\n\nWORK EXPERIENCE\n\nElectrician\nHarmony Gold\n2019 - 2021\n");
  CHECK(resume.contact.name == "THABO DANIEL MOKOENA");
}

TEST_CASE("a profile's 'En poste' badge beside the current job's title is no employer") {
  auto resume = parse_text(
      "Maëlle Guérin\nmaelle@example.fr\n\nExpériences\n\nChef de rang      En poste\nBrasserie L'Écailler du Port · La Rochelle · CDI\n"
      "avr. 2022 - aujourd'hui\n• Responsable d'un rang de 28 couverts en terrasse\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Chef de rang");
  CHECK(resume.work[0].company == "Brasserie L'Écailler du Port");
}
