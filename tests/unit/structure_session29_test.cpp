// Resumes shaped like session 29's held-out rounds (rounds 63–64); all people, schools and employers invented.
#include <doctest/doctest.h>

#include "linter/structure/dates.h"
#include "linter/structure/headings.h"
#include "linter/structure/structure.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a few words of prose before the place are no part of it") {
  auto place = [](const std::string& line) {
    return parse_text("Jordan Blake\njordan.blake@example.com | +1 303 555 0100\n" + line +
                      "\n\nEXPERIENCE\nEngineer, Acme Inc, 2019 – Present\n")
        .contact.location_text;
  };
  CHECK(place("Currently Denver, CO") == "Denver, CO");
  CHECK(place("Based in Lyon, France") == "Lyon, France");
  CHECK(place("Wohnhaft in Köln") == "Köln");
  CHECK(place("Basée à Lyon, France") == "Lyon, France");
  CHECK(place("Residente en Madrid") == "Madrid");
}

TEST_CASE("a form's compound name label ('Nome e cognome') names the person, not the greeting of a cover e-mail") {
  auto resume = parse_text(
      "Oggetto: Candidatura per la posizione di Ingegnere di Processo\n\nGentile Dott.ssa Zanon,\n\n"
      "con la presente Le invio la mia candidatura.\n\nCordiali saluti,\nMatteo Bortolami\n\n----------\n\n"
      "CURRICULUM VITAE\n\nDati personali:\nNome e cognome: Matteo Bortolami\nCellulare: +39 347 218 5590\n"
      "E-mail: matteo.bortolami@example.it\n\nEsperienze professionali:\n\n"
      "Dal 2019 ad oggi - Euganea Meccanica S.p.A., Limena (PD)\nIngegnere di processo\n");
  CHECK(resume.contact.name == "Matteo Bortolami");
}

TEST_CASE("a course of study over a labelled degree takes the degree the label names, its grade as the score") {
  auto resume = parse_text(
      "Jana Richter\njana@example.de\n\nAusbildung\n==========\n\n10/2014 - 03/2017\nTechnische Universität Dresden\n"
      "Studium Maschinenbau, Vertiefung Logistik\nAbschluss: Master of Science (Note 1,7)\n\n2002 - 2010\n"
      "Gymnasium Görlitz\nAbschluss: Abitur (Note 1,9)\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Master of Science");
  CHECK(resume.education[0].area == "Maschinenbau, Vertiefung Logistik");
  CHECK(resume.education[0].score == "1,7");
}

TEST_CASE("Flemish 'attesten' are certificates") {
  CHECK(canonical_section("attesten").canonical == "certifications");
}

TEST_CASE("icon-font pictures before a place and a date stand for no text; an Irish DAC heads its roles as a banner") {
  auto resume = parse_text(
      "Niamh Gallagher\nniamh@example.ie\n\nEXPERIENCE\n\nHarcourt Payments Europe DAC\n\uf041 Dublin, Ireland   \uf073 09/2019 – Present\n"
      "Card-acquiring and merchant payments platform serving SMEs across the EU.\nSenior Product Analyst\n\uf073 04/2022 – Present\n"
      "• Own the experimentation framework for checkout\nProduct Analyst\n\uf073 09/2019 – 03/2022\n• Designed the chargeback dashboard\n");
  REQUIRE(resume.work.size() == 2);
  for (const auto& job : resume.work) {
    CHECK(job.company == "Harcourt Payments Europe DAC");
    CHECK(job.location == "Dublin, Ireland");
  }
  CHECK(resume.work[0].position == "Senior Product Analyst");
  CHECK(resume.work[1].position == "Product Analyst");
}

TEST_CASE("Trinity's 'BA (Mod.)' is the degree whole, and Scottish Highers after a degree's bullet open the next entry") {
  auto resume = parse_text(
      "Calum Fraser\ncalum@example.com\n\nEDUCATION\n\nBA (Mod.) Economics and Mathematics\nTrinity College Dublin   2012 – 2016\n"
      "  * First Class Honours. Dissertation on anomaly detection.\n\nAdvanced Highers: Computing Science, Mathematics, Physics\n"
      "Hillhead High School — Glasgow   2011\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "BA (Mod.)");
  CHECK(resume.education[0].area == "Economics and Mathematics");
  CHECK(resume.education[1].study_type == "Advanced Highers");
  CHECK(resume.education[1].institution == "Hillhead High School");
}

TEST_CASE("an employer closed by its legal form before the title's comma, under another employer's banner, is its own") {
  auto resume = parse_text(
      "Álvaro Gutiérrez\nalvaro@example.es\n\nExperiencia\n\nMercavía Tecnología S.L.          Madrid, España\n"
      "Ingeniero Sénior          Ene. 2018 – Dic. 2020\n• Desarrollo del motor de conciliación\n"
      "Ingeniero Junior          Ene. 2016 – Dic. 2017\n• Pruebas de integración\n\n"
      "Banco Meseta S.A., Ingeniero de Software          Madrid, España\nSept. 2015 – Dic. 2017\n• APIs REST en Java\n");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[1].company == "Mercavía Tecnología S.L.");
  CHECK(resume.work[2].company == "Banco Meseta S.A.");
  CHECK(resume.work[2].position == "Ingeniero de Software");
}

TEST_CASE("a link under an entry, its icon read as blank, joins neither a finished bullet nor the title line") {
  auto resume = parse_text(
      "Jane Roe\njane@example.com\n\nExperience\n\nCreative Solutions Inc.   January 2019 to Present\n"
      "Senior Web Developer   San Francisco, CA\n• Mentored a team of four junior developers, fostering a culture of excellence.\n"
      "\ue98f https://creativesolutions.example/\n\nTechAdvancers   June 2016 to December 2018\nWeb Developer   San Jose, CA\n"
      "• Optimized application performance, cutting load times by 30%.\n");
  REQUIRE(resume.work.size() == 2);
  REQUIRE(resume.work[0].highlights.size() == 1);
  CHECK(resume.work[0].highlights[0] == "Mentored a team of four junior developers, fostering a culture of excellence.");
  CHECK(resume.work[0].location == "San Francisco, CA");
}

TEST_CASE("a page icon above the name has no letters and names no one") {
  auto resume = parse_text("👩🏽‍💻\nAyesha Petersen\nData Engineer · Cape Town, South Africa\nayesha@example.com\n\nEXPERIENCE\n");
  CHECK(resume.contact.name == "Ayesha Petersen");
}

TEST_CASE("an employer's name continued after its dash and closed by a legal form stays whole") {
  auto resume = parse_text(
      "Inês Moutinho\nines@example.pt\n\nEXPERIÊNCIA\n\nCRITICAL BITS – SOFTWARE, LDA. | Programadora Júnior\n"
      "out. 2017 – ago. 2019 | Porto\n• Desenvolvi serviços REST em Python\n\nAcme – Sistemas de Informação, S.A. | Analista\n"
      "out. 2015 – ago. 2017 | Lisboa\n• Automatizei relatórios\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "CRITICAL BITS – SOFTWARE, LDA.");
  CHECK(resume.work[0].position == "Programadora Júnior");
  CHECK(resume.work[1].company == "Acme – Sistemas de Informação, S.A.");
}

TEST_CASE("research sections hold research posts in every language, as 'Research' does in English") {
  for (const char* heading : {"Investigação", "Investigación", "Recherche", "Ricerca", "Forschung", "Onderzoek"})
    CHECK(canonical_section(heading).canonical == "experience");
}

TEST_CASE("a Portuguese 'Média final' is the score, and 'Erasmus+ na TU Delft (2014)' a remark on the degree") {
  auto resume = parse_text(
      "Inês Moutinho\nines@example.pt\n\nFORMAÇÃO\n\nUNIVERSIDADE DE AVEIRO\nLicenciatura em Matemática\n2012 – 2015 | Aveiro\n"
      "Média final: 16/20\nErasmus+ na TU Delft (2014)\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].score == "16/20");
  CHECK(resume.education[0].institution == "UNIVERSIDADE DE AVEIRO");
}

TEST_CASE("a town closing an employer's dateless line after its legal form is the place, and the employer heads the roles") {
  auto resume = parse_text(
      "Sanne van der Heijden\nsanne@example.nl\n\nWerkervaring\n\nKempen Precisie Systemen B.V. — Veldhoven\n"
      "jan. 2021 – heden   Senior Mechatronica Engineer\n• Technisch eigenaar van de regeling.\n"
      "sep. 2018 – dec. 2020   Mechatronica Engineer\n• Systeemidentificatie en loop-shaping.\n\n"
      "© 2024 Sanne van der Heijden · Laatst bijgewerkt: 14 maart 2024 · Gebouwd met Jekyll\n");
  REQUIRE(resume.work.size() == 2);  // the site's copyright footer is no entry
  CHECK(resume.work[0].location == "Veldhoven");
  CHECK(resume.work[0].company == "Kempen Precisie Systemen B.V.");
  CHECK(resume.work[1].company == "Kempen Precisie Systemen B.V.");
  CHECK(resume.work[1].position == "Mechatronica Engineer");
}

TEST_CASE("a season 'of' its year ('verão de 2013') is a date, as a month's is") {
  auto date = find_date("Estagiária de Marketing   verão de 2013");
  REQUIRE(date.has_value());
  CHECK(date->start.year == 2013);
  CHECK(date->style == DateStyle::Season);
}

TEST_CASE("a card's Romance level read into its first tool is dropped; '∙' parts items") {
  auto resume = parse_text(
      "Giulia Conti\ngiulia@example.it\n\nCompetenze\n\nFrontend: Esperto React, TypeScript, Next.js\nDevOps: Intermedio Docker, GitLab CI, Base SAS\n"
      "Strumenti: Miro ∙ Maze ∙ Storybook ∙ Jira\nExcel avanzato, Advanced SQL\n");
  CHECK(skill_items(resume) == std::vector<std::string>{"React", "TypeScript", "Next.js", "Docker", "GitLab CI", "Base SAS", "Miro", "Maze",
                                                         "Storybook", "Jira", "Excel avanzato", "Advanced SQL"});
}

TEST_CASE("an academic CV's remark after the school's full stop, is no part of the school; a donor-named college after the university is") {
  auto resume = parse_text(
      "Eilidh MacLeod\neilidh@example.ac.uk\n\nEducation\n\n2011–2012 MSc in Applied Marine Ecology, University of Aberdeen. Distinction.\n"
      "2007–2011 BSc Chemical Engineering, University of Houston, Cullen College of Engineering\n"
      "2003–2007 Grado en Ingeniería Agroalimentaria, Universitat Politècnica de València, Escuela Técnica Superior de Ingeniería Agronómica\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].institution == "University of Aberdeen");
  CHECK(resume.education[1].institution == "University of Houston, Cullen College of Engineering");
  CHECK(resume.education[2].institution == "Universitat Politècnica de València");  // without its school of engineering (session 48)
}

TEST_CASE("review of session 29: the new readers leave alone what only looks like their cases") {
  // An icon before a rail label is blanked to its own width, so the label's offset still parts label from text.
  auto rail = parse_text("Jane Smith\njane@example.com | (555) 123-4567\n\n\uf0b1 EXPERIENCE   Senior Software Engineer, Acme Inc., "
                         "Austin, TX, Jan 2019 - Present\n\uf0b2 SKILLS   Python, SQL, Docker, Kubernetes\n");
  REQUIRE(rail.work.size() == 1);
  CHECK(rail.work[0].position == "Senior Software Engineer");
  CHECK(skill_items(rail) == std::vector<std::string>{"Python", "SQL", "Docker", "Kubernetes"});
  // "Social Media 101", "Digital Media 360": no score without the label's colon.
  auto media = parse_text("Jordan Blake\njordan@example.com\n\nEDUCATION\nBSc Digital Media 360 Production, 2014 - 2018\n"
                          "University of Oregon, Eugene, OR\nCoursework: Social Media 101, Multimedia 2, Journalism\n");
  REQUIRE(media.education.size() == 1);
  CHECK(media.education[0].score.empty());
  CHECK(media.education[0].area == "Digital Media 360 Production");
  // A function before the dash is the title, not the first half of the firm's name.
  auto function = parse_text("Maria Santos\nmaria@example.com\n\nEXPERIENCE\nMarketing – Acme Holdings Ltd\nJan 2015 - Dec 2016\n- Campaigns\n");
  REQUIRE(function.work.size() == 1);
  CHECK(function.work[0].company == "Acme Holdings Ltd");
  // "High-Speed DAC" is a converter, no Irish company.
  auto converter = parse_text("Teo Bianchi\nteo@example.com\n\nEXPERIENCE\nAnalog Design Engineer – High-Speed DAC\n"
                              "Texas Instruments, Dallas, TX\n2018 - 2021\n- Designed a 12-bit DAC\n");
  REQUIRE(converter.work.size() == 1);
  CHECK(converter.work[0].company == "Texas Instruments");
  // "Univ." closes an abbreviation, no remark.
  auto univ = parse_text("Wei Zhang\nwei@example.com\n\nEDUCATION\nB.A. History, 2005 - 2009\nPolytechnic Univ. of Milan\n");
  REQUIRE(univ.education.size() == 1);
  CHECK(univ.education[0].institution == "Polytechnic Univ. of Milan");
  // A "©" line that is no footer keeps its entry.
  auto studio = parse_text("Sam Lee\nsam@example.com\n\nEXPERIENCE\nPhotographer\n© Sam Lee Photography LLC, Portland, OR\n2015 - 2020\n"
                           "- Weddings and events\n\nEDUCATION\nBFA Photography, 2011 - 2015\nPacific Northwest College of Art\n");
  REQUIRE(studio.work.size() == 1);
  CHECK(studio.work[0].location == "Portland, OR");
}

TEST_CASE("a Wingdings bullet between contact items parts them, as any icon does") {
  auto resume = parse_text("Jane Roe\njane@example.com \uf0b7 Springfield, IL \uf0b7 (555) 010-0000\n\nEXPERIENCE\nEngineer, Acme Inc, 2019 – Present\n");
  CHECK(resume.contact.location_text == "Springfield, IL");
}
