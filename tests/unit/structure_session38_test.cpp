// Held-out rounds 81–82: what job-site printouts, recruiters' exports, printed text files and static sites taught.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a site's verified badge after the name ('Danielle M. ✓') is no part of it") {
  auto resume = parse_text("Danielle M. ✓\nKelowna, Canada\ndanielle@example.ca\n\nEmployment history\n");
  CHECK(resume.contact.name == "Danielle M.");
}

TEST_CASE("a2ps's 'Printed by lucia' over a printed text file names no one") {
  auto resume = parse_text(
      "Printed by lucia\nLUCÍA MARÍN FERRÁNDIZ\nResponsable de Almacén y Logística\nlucia@example.es\n\nEXPERIENCIA\n");
  CHECK(resume.contact.name == "LUCÍA MARÍN FERRÁNDIZ");
}

TEST_CASE("a web page's button ('Editar perfil', 'View profile') heads no section") {
  CHECK(canonical_section("Editar perfil").canonical.empty());
  CHECK(canonical_section("View profile").canonical.empty());
  CHECK(canonical_section("Perfil").canonical == "summary");
  CHECK(canonical_section("Skills Overview").canonical == "skills");
}

TEST_CASE("a hyphen printed as a minus sign inside an e-mail domain ('t−online.de') reads as a hyphen") {
  auto resume = parse_text("Jörg Wendling\nj.wendling@t\u2212online.de\n\nBerufserfahrung\n");
  CHECK(resume.contact.email == "j.wendling@t-online.de");
}

TEST_CASE("a recruiter's switchboard beside its web address gives way to the candidate's labelled number") {
  auto resume = parse_text(
      "VÉRTICE TALENTOS   (62) 3088-4150 · verticetalentos.com.br\nAPRESENTAÇÃO DE CANDIDATO\n"
      "Nome   Rafael Menezes Duarte\nTelefone / WhatsApp   (62) 99174-2386\nE-mail   rafael.mduarte@outlook.com\n\n"
      "EXPERIÊNCIA PROFISSIONAL\n");
  CHECK(resume.contact.phone == "(62) 99174-2386");
}

TEST_CASE("review: a number beside the person's own site, or beside a library's name, stays theirs over a referee's") {
  auto own = parse_text(
      "Jane Roe\n+1 312 555 0100 · janeroe.io\njane@gmail.com\n\nExperience\nAnalyst, Acme Corp   2019 – 2021\n\n"
      "References\nJohn Smith\nPhone: +1 312 555 0199\n");
  CHECK(own.contact.phone == "+1 312 555 0100");
  auto library = parse_text(
      "Tom Baker\nFull-stack developer · vue.js · +44 7700 900123\ntom@gmail.com\nMobile: +44 7700 900999\n\nExperience\n");
  CHECK(library.contact.phone == "+44 7700 900123");
}

TEST_CASE("a portal's CV code, a candidate reference and an identity number are no phone") {
  CHECK(parse_text("Beatrice Zanella\nCodice CV: 4518873\nCellulare +39 347 208 6614\nbz@example.it\n\nESPERIENZE\n")
            .contact.phone == "+39 347 208 6614");
  CHECK(parse_text("Référence candidat : 4827135\nNom : MÉNARD\nPrénom : Aurélie\nTéléphone : 06 71 32 88 14\n\nEXPÉRIENCES\n")
            .contact.phone == "06 71 32 88 14");
  CHECK(parse_text("LWAZI MTHEMBU\nIdentity number:\t920415 5123 08 7\nCell:\t082 441 7305\nlwazi@example.co.za\n\nEXPERIENCE\n")
            .contact.phone == "082 441 7305");
}

TEST_CASE("a CV forwarded below a colleague's note: the greeting is no name, the forwarded sender is") {
  auto resume = parse_text(
      "Ciao Marta,\nti giro la candidatura arrivata ieri.\n\nGrazie\nLuca\n\n--\nLuca Rota\nUfficio Personale\n\n"
      "---------- Forwarded message ---------\nDa: Stefano Carminati <ste.carminati@example.it>\n"
      "Subject: Candidatura spontanea\n\nGentili Signori,\nvi sottopongo la mia candidatura.\n\n"
      "CURRICULUM VITAE\n\nSTEFANO CARMINATI\nGeometra - Tecnico di cantiere\n\nESPERIENZE LAVORATIVE\n");
  CHECK(resume.contact.name == "Stefano Carminati");
}

TEST_CASE("Hugo's shortcodes hold entries in their attributes; Dutch front-matter keys hold the contact details") {
  auto resume = parse_text(
      "---\ntitle: \"Curriculum vitae\"\nparams:\n  naam: \"Femke van der Heijden\"\n  contact:\n"
      "    email: \"femke@example.nl\"\n    telefoon: \"06 28 14 77 30\"\n    woonplaats: \"Nijmegen\"\n"
      "    linkedin: \"https://www.linkedin.com/in/femkevdh/\"\n---\n\n{{< cv-header >}}\n\n## Werkervaring\n\n"
      "{{< cv-item periode=\"aug. 2019 – heden\" functie=\"Docent aardrijkskunde\" organisatie=\"Waalstad College\" plaats=\"Nijmegen\" >}}\n"
      "- Lesgeven aan havo 4–5\n- Mentor van een vwo-4 klas\n{{< /cv-item >}}\n\n"
      "{{< cv-item periode=\"aug. 2015 – jul. 2019\" functie=\"Docent\" organisatie=\"RSG De Maasoever\" plaats=\"Wijchen\" >}}\n"
      "{{< /cv-item >}}\n\n## Vaardigheden\n\n{{< chips >}}\nVeldwerk, QGIS, Magister\n{{< /chips >}}\n",
      "cv.md");
  CHECK(resume.contact.name == "Femke van der Heijden");
  CHECK(resume.contact.phone == "06 28 14 77 30");
  CHECK(resume.contact.city == "Nijmegen");
  REQUIRE(resume.contact.profiles.size() == 1);
  CHECK(resume.contact.profiles[0].url.find("femkevdh") != std::string::npos);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Docent aardrijkskunde");
  CHECK(resume.work[0].company == "Waalstad College");
  CHECK(resume.work[0].location == "Nijmegen");
  CHECK(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[1].company == "RSG De Maasoever");
  CHECK(resume.work[1].end.year == 2019);
  CHECK(skill_items(resume) == std::vector<std::string>{"Veldwerk", "QGIS", "Magister"});
}

TEST_CASE("a spaced minus sign and Typst's tight bullet operator part an employer from its town") {
  auto resume = parse_text(
      "Ana Lima\nana@example.com\n\nEXPERIENCIA PROFESIONAL\n\nResponsable de Almacén                  sept. 2019 − actualidad\n"
      "Transportes Hermanos Pastor, S.A. − Elche (Alicante)\n\nAnalista de Logística      mar/2015 – fev/2019\n"
      "Atlântico Cargas e Armazéns Ltda.∙ São Gonçalo do Amarante, CE\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Transportes Hermanos Pastor, S.A.");
  CHECK(resume.work[1].company == "Atlântico Cargas e Armazéns Ltda.");
}

TEST_CASE("an applicant tracker's count after a heading ('Berufserfahrung (3)') keeps it a section") {
  auto resume = parse_text(
      "Tobias Wengert\nt.wengert@example.de\n\nBerufserfahrung (3)\n\nMärz 2021 – Heute   Schichtleiter Kommissionierung\n"
      "Lechfeld Logistik GmbH & Co. KG · Gersthofen\n\nAusbildung (2)\n\nSep. 2019 – Juni 2021   IHK Schwaben\n");
  REQUIRE(resume.sections.size() >= 2);
  CHECK(resume.sections[0].canonical == "experience");
  CHECK(resume.sections[1].canonical == "education");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Lechfeld Logistik GmbH & Co. KG");
}

TEST_CASE("Romance headings put the adjective after the noun ('Esperienza pregressa'); a label with items is no heading") {
  auto heads = [](const char* heading) {
    auto name = canonical_section(heading);
    return name.exact || name.head_final ? name.canonical : std::string();
  };
  CHECK(heads("Experiencia docente") == "experience");
  CHECK(heads("Formación académica") == "education");
  CHECK(heads("Formación permanente") == "certifications");  // continuing training: courses
  CHECK(heads("ESPERIENZA PREGRESSA") == "experience");
  CHECK(heads("Ferramentas: Jira, Confluence").empty());
  CHECK(heads("Formación de formadores").empty());
}

TEST_CASE("an employer's own line over a role carries to the next role; a unit after a title stays the title's") {
  auto nurse = parse_text(
      "Megan Hall\nmegan@example.com\n\nEMPLOYMENT HISTORY\n\nRoyal Hobart Hospital · Tasmanian Health Service, Hobart TAS\n"
      "Clinical Nurse Educator – Emergency Department   Mar 2021 – Present\n• Coordinate the orientation program\n"
      "Clinical Nurse (Level 2) – Emergency Department   Jul 2017 – Feb 2021\n• Shift coordinator for a 38-bed department\n");
  REQUIRE(nurse.work.size() == 2);
  CHECK(nurse.work[1].position == "Clinical Nurse (Level 2) – Emergency Department");
  CHECK(nurse.work[1].company == "Royal Hobart Hospital");
  auto pharma = parse_text(
      "Ravi Kumar\nravi@example.in\n\nWORK EXPERIENCE\nDeccan Lifesciences Pvt. Ltd., Genome Valley, Hyderabad        July 2021 – Till Date\n"
      "Assistant Manager – Quality Assurance (QMS)\n• Heading a team of 7 executives\n");
  REQUIRE(pharma.work.size() == 1);
  CHECK(pharma.work[0].position == "Assistant Manager – Quality Assurance (QMS)");
  CHECK(pharma.work[0].company == "Deccan Lifesciences Pvt. Ltd.");
}

TEST_CASE("a firm closed by its legal form after a job's duties opens the next employer, and ends the banner above") {
  auto resume = parse_text(
      "Ana Lima\nana@example.com\n\nEXPERIÊNCIA PROFISSIONAL\n\nMetalúrgica Schroeder Componentes Ltda. - Joinville/SC\n\n"
      "  Analista Fiscal Pleno | mar/2021 - atual\n  - Apuração de ICMS\n\n  Analista Fiscal Júnior | fev/2019 - fev/2021\n"
      "  - Escrituração de notas fiscais\n\nEscritório Contábil Vale do Itapocu Ltda. - Jaraguá do Sul/SC\n"
      "  Assistente Contábil | jan/2016 - jan/2019\n  - Rotinas fiscais\n");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[1].company == "Metalúrgica Schroeder Componentes Ltda.");
  CHECK(resume.work[2].position == "Assistente Contábil");
  CHECK(resume.work[2].company == "Escritório Contábil Vale do Itapocu Ltda.");
}

TEST_CASE("a school's list item wrapped in its hanging indent keeps its dates") {
  auto resume = parse_text(
      "Ana Lima\nana@example.com\n\nFORMAÇÃO ACADÊMICA\n- MBA em Gestão Tributária - Universidade da Região de Joinville\n"
      "  (UNIVILLE) - 2019 a 2020\n- Bacharelado em Ciências Contábeis - Universidade da Região de\n  Joinville (UNIVILLE) - 2012 a 2015\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "MBA");
  CHECK(resume.education[0].institution == "Universidade da Região de Joinville (UNIVILLE)");
  CHECK(resume.education[1].study_type == "Bacharelado");
  CHECK(resume.education[1].end.year == 2015);
}

TEST_CASE("skills: a rating's glyphs, a level after a colon, a user level in brackets and a bracket opening a wrap") {
  auto items = skill_items(parse_text(
      "Ann Lee\nann@example.com\n\nSKILLS\nSAP EWM, SAP MM (goods receipt), Manhattan SCALE WMS, MS Excel\n"
      "(pivot tables, VLOOKUP), cycle counting\n\nSage 100 Comptabilité ●●●●○\nPower BI (nivel usuario)\n"));
  CHECK(items == std::vector<std::string>{"SAP EWM", "SAP MM (goods receipt)", "Manhattan SCALE WMS", "MS Excel (pivot tables, VLOOKUP)",
                                          "cycle counting", "Sage 100 Comptabilité", "Power BI"});
  auto grid = skill_items(parse_text(
      "Ann Lee\nann@example.com\n\nCONOSCENZE INFORMATICHE\nProgrammi di videoscrittura   Microsoft Word, Google Docs: ottimo\n"
      "Software gestionali   Consolle Avvocato, Easy Nota: discreto\n"));
  CHECK(grid == std::vector<std::string>{"Microsoft Word", "Google Docs", "Consolle Avvocato", "Easy Nota"});
}

TEST_CASE("a degree's own short form or code in brackets stays in it; capitals alone may name its school or track") {
  auto resume = parse_text(
      "Dan Lee\ndan@example.ca\n\nEDUCATION\nBachelor of Management (BMgt), Accounting\nUniversity of British Columbia, 2012 – 2016\n\n"
      "Certificate IV in Training and Assessment (TAE40116)\nTasTAFE, 2019\n\n"
      "Experto Universitario en Logística y Supply Chain Management\nUniversidad de Alicante, 2020 – 2021\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].study_type == "Bachelor of Management (BMgt)");
  CHECK(resume.education[0].area == "Accounting");
  CHECK(resume.education[0].institution == "University of British Columbia");
  CHECK(resume.education[1].study_type == "Certificate IV");
  CHECK(resume.education[1].area == "Training and Assessment (TAE40116)");
  CHECK(resume.education[2].study_type == "Experto Universitario");
}

TEST_CASE("a README's HTML table: rows spread over lines read as rows, duties as items, a header row as nothing") {
  auto resume = parse_text(
      "# Anjali Varghese\n\nanjali@example.com\n\n### Experience\n\n<table>\n  <tr>\n    <th>Role</th>\n    <th>Company</th>\n"
      "    <th>When</th>\n  </tr>\n  <tr>\n    <td><b>Senior Firmware Engineer</b></td>\n"
      "    <td>Cardiolink Medtech Pvt. Ltd., Kochi</td>\n    <td>Jul 2022 – present</td>\n  </tr>\n  <tr>\n"
      "    <td colspan=\"3\">\n      <ul>\n        <li>Own the firmware of a wearable ECG patch</li>\n"
      "        <li>Wrote a secure bootloader</li>\n      </ul>\n    </td>\n  </tr>\n</table>\n\n### Education\n\n<table>\n  <tr>\n"
      "    <td><b>B.Tech, Electronics and Communication Engineering</b><br/>College of Engineering Trivandrum</td>\n"
      "    <td>2014 – 2018</td>\n  </tr>\n</table>\n",
      "README.md");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Senior Firmware Engineer");
  CHECK(resume.work[0].company == "Cardiolink Medtech Pvt. Ltd.");
  CHECK(resume.work[0].highlights.size() == 2);
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "College of Engineering Trivandrum");
  CHECK(resume.education[0].area == "Electronics and Communication Engineering");
}

TEST_CASE("a French portal's blocks: 'Intitulé du poste' names the position, a 'Niveau : Bac+2' row is no degree") {
  auto resume = parse_text(
      "Aurélie Ménard\naurelie@example.fr\n\nExpériences :\n\n  Intitulé du poste : Manager de rayon Produits Frais LS\n"
      "  Entreprise : Hyper U - SAS Loire Anjou Distribution\n  Lieu : Angers (49)\n  Période : 03/2021 - aujourd'hui\n\n"
      "Formations :\n\n  Diplôme : BTS Management des Unités Commerciales (MUC)\n  Établissement : CFA de la CCI Maine-et-Loire - Angers\n"
      "  Année d'obtention : 2015\n  Niveau : Bac+2\n\n  Diplôme : Baccalauréat STMG - spécialité Mercatique\n"
      "  Établissement : Lycée Joachim-du-Bellay - Angers\n  Année d'obtention : 2013\n  Niveau : Bac\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Manager de rayon Produits Frais LS");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].study_type == "Baccalauréat STMG");
  CHECK(resume.education[1].institution == "Lycée Joachim-du-Bellay");
}

TEST_CASE("an exam passed under a degree ('Gesellenprüfung mit der Note …') opens no entry of its own") {
  auto resume = parse_text(
      "Jan Brod\njan@example.de\n\nAus- und Weiterbildung\n09/2019 – 06/2020\nHandwerkskammer Ostwestfalen-Lippe zu Bielefeld\n"
      "Meister im Installateur- und Heizungsbauerhandwerk\nMeisterprüfung Teile I–IV bestanden (06/2020)\n\n"
      "08/2008 – 01/2012\nBerufskolleg Lippstadt\nAusbildung zum Anlagenmechaniker\nGesellenprüfung mit der Note „gut“ (2,1)\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Meister");
  CHECK(resume.education[1].institution == "Berufskolleg Lippstadt");
}

TEST_CASE("a remark in lower case in brackets after a school ('(título propio, 30 ECTS)') is no part of its name") {
  auto resume = parse_text(
      "Lucía Marín\nlucia@example.es\n\nFORMACIÓN\n2020 – 2021   Experto Universitario en Logística\n"
      "              Universidad de Alicante (título propio, 30 ECTS)\n2012 – 2016   Grado en ADE\n"
      "              Universidad de la Región de Joinville (UNIVILLE)\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Universidad de Alicante");
  CHECK(resume.education[1].institution == "Universidad de la Región de Joinville (UNIVILLE)");
}

TEST_CASE("an academic CV's 'Eerdere functies': 'title, employer, afdeling unit, town' parts at its commas") {
  auto resume = parse_text(
      "Marloes Kuipers\nm@example.nl\n\nHuidige functie\nsep. 2021 – heden   Universitair docent (UD), Radboudumc, afdeling Revalidatie, Nijmegen\n\n"
      "Eerdere functies\nsep. 2017 – aug. 2021   Postdoctoraal onderzoeker, Sint Maartenskliniek, afdeling Research, Nijmegen\n"
      "2010 – 2013   Fysiotherapeut (0,6 fte), Fysiotherapie Dukenburg, Nijmegen\n");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[0].position == "Universitair docent (UD)");
  CHECK(resume.work[0].company == "Radboudumc");
  CHECK(resume.work[1].company == "Sint Maartenskliniek");
  CHECK(resume.work[1].location == "Nijmegen");
}

TEST_CASE("guard: the applicant's own header line with the hours they want keeps its town") {
  auto own = parse_text("Jane Roe\njane@example.com\nAustin, TX · Open to remote · Full-time\n\nExperience\n");
  CHECK(own.contact.location_text == "Austin, TX");
}

TEST_CASE("a lone year closing a bullet left on its link word, right before the next entry's dates, is the bullet's") {
  auto resume = parse_text(
      "Élodie Gaudin\nelodie@example.fr\n\nEXPÉRIENCES PROFESSIONNELLES\nSEPT. 2021 – AUJOURD'HUI\nComptable unique\n"
      "Menuiseries Ligériennes SAS – Avrillé (49)\n• Mise en place de la dématérialisation des factures fournisseurs (OCR) en\n2023\n"
      "JUIL. 2018 – AOÛT 2021\nAssistante comptable\nFidaloire Expertise – Angers\n• Tenue de 60 dossiers\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].position == "Assistante comptable");
  REQUIRE(resume.work[0].highlights.size() == 1);
  CHECK(resume.work[0].highlights[0].ends_with("en 2023"));
}

TEST_CASE("a web page's form fields, attached files and star ratings among the skills name no skill") {
  auto items = skill_items(parse_text(
      "Ann Lee\nann@example.com\n\nSKILLS\nAutoCAD\nSketchUp\nNom *\nE-mail *\nLebenslauf_Ann_Lee.pdf · 212 KB\n★★★★★ 4.9 Oct 16\n"));
  CHECK(items == std::vector<std::string>{"AutoCAD", "SketchUp"});
}

TEST_CASE("review 38: shortcodes, front matter, HTML rows, forwarded mail and lower-case names keep their old readings") {
  auto icon = parse_text("# Jonas Berg\n\n{{< icon name=\"envelope\" >}} jonas.berg@example.com · +46 70 123 45 67\n\n## Skills\n\n"
                         "- {{< icon name=\"python\" pack=\"fab\" >}} Python\n- {{< icon name=\"docker\" pack=\"fab\" >}} Docker\n",
                         "cv.md");
  CHECK(icon.contact.name == "Jonas Berg");
  CHECK(skill_items(icon) == std::vector<std::string>{"Python", "Docker"});
  auto surname = parse_text("---\nprenom: Claire\nnom: Dupont\nemail: claire@example.fr\n---\n\n# Claire Dupont\n\n## Expériences\n",
                            "cv.md");
  CHECK(surname.contact.name == "Claire Dupont");
  auto listed = parse_text(
      "# Ravi Kumar\n\nravi@example.in\n\n## Experience\n\n<table>\n<tr>\n<td><b>Software Engineer</b><br>Infosys, Pune<br>2019 - 2023</td>\n"
      "<td><ul><li>Built REST APIs for billing</li><li>Cut latency by 40%</li></ul></td>\n</tr>\n</table>\n",
      "README.md");
  REQUIRE(listed.work.size() == 1);
  CHECK(listed.work[0].position == "Software Engineer");
  CHECK(listed.work[0].highlights.size() == 2);
  auto titled = parse_text(
      "# Ravi Kumar\n\nravi@example.in\n\n<table>\n<tr>\n<th colspan=\"2\">Experience</th>\n</tr>\n<tr>\n"
      "<td>Software Engineer, Infosys</td>\n<td>2019 - 2023</td>\n</tr>\n</table>\n",
      "README.md");
  REQUIRE(!titled.sections.empty());
  CHECK(titled.sections.front().canonical == "experience");
  auto reply = parse_text(
      "Tom Becker\ntom.becker@example.com\n\nEXPERIENCE\nAnalyst, Acme Corp   2019 – 2021\n\nThanks,\nTom\n\n"
      "On Mon, Laura wrote:\nFrom: Laura Hill <laura.hill@example.com>\n> Could you send your CV?\n> Laura Hill\n");
  CHECK(reply.contact.name == "Tom Becker");
  auto lower = parse_text("lucía\nmárquez\nDiseñadora Gráfica\nlucia@example.es\n\nExperiencia\n");
  CHECK(lower.contact.name == "lucía márquez");
}

TEST_CASE("review 38: headings, skills, degrees and suffixes the new rules must leave alone") {
  auto field = parse_text("Léa Martin\nlea@example.fr\n\nFORMATION\n2016 – 2018   Master Mathématiques appliquées\n"
                          "RECHERCHE OPÉRATIONNELLE\nUniversité de Lyon\n");
  CHECK(std::none_of(field.sections.begin(), field.sections.end(), [](const Section& s) { return s.canonical == "experience"; }));
  auto arrows = parse_text("Ann Lee\nann@example.com\n\nSKILLS\n▶ NEGOTIATION\n▶ CRM\n▶ TRAINING\n▶ RESEARCH\n");
  CHECK(skill_items(arrows) == std::vector<std::string>{"NEGOTIATION", "CRM", "TRAINING", "RESEARCH"});
  auto stars = parse_text("Ann Lee\nann@example.com\n\nSKILLS\n★ Python\n★ SQL\nKotlin *, Rust *\n* currently learning\n"
                          "Microsoft Word (.docx), Adobe Acrobat (.pdf)\n");
  auto items = skill_items(stars);
  for (const char* kept : {"Kotlin", "Rust", "Microsoft Word (.docx)", "Adobe Acrobat (.pdf)"})
    CHECK(std::find(items.begin(), items.end(), kept) != items.end());
  auto level = parse_text("Ana Ruiz\nana@example.co\n\nEDUCACIÓN\nUniversidad Nacional de Colombia\n"
                          "Nivel: Especialización en Gerencia de Proyectos\n2019 - 2020\n");
  REQUIRE(level.education.size() == 1);
  CHECK(level.education[0].study_type == "Especialización");
  auto school = parse_text("Ann Lee\nann@example.ca\n\nEDUCATION\nBachelor of Commerce (McGill), 2012 – 2016\n");
  REQUIRE(school.education.size() == 1);
  CHECK(school.education[0].study_type == "Bachelor of Commerce");
  auto contract = parse_text("Ann Lee\nann@example.com\n\nEXPERIENCE\nColes Supermarkets Ltd, Brisbane        Jan 2019 – Dec 2020\n"
                             "Customer Service Assistant – Casual\n• Served customers\n");
  REQUIRE(contract.work.size() == 1);
  CHECK(contract.work[0].position == "Customer Service Assistant");
}

TEST_CASE("review 38: a labelled number counts against a switchboard only beside the e-mail, not a referee's") {
  auto referee = parse_text(
      "Jane Roe\n+1 312 555 0100 · acmestaffing.com\njane@gmail.com\n\nExperience\nAnalyst, Acme Corp   2019 – 2021\n\n"
      "References\nJohn Smith\nPhone: +1 312 555 0199\n");
  CHECK(referee.contact.phone == "+1 312 555 0100");
}

TEST_CASE("Romance headings qualified as professional or personal ('Competenze professionali') are their sections") {
  auto resume = parse_text(
      "# Elisa Sancin\n\nelisa@example.it\n\n## Competenze professionali\n\nAssistenza al paziente critico; triage; medicazioni avanzate.\n\n"
      "## Lingue\n\nItaliano   madrelingua\n",
      "cv.md");
  REQUIRE(!resume.sections.empty());
  CHECK(resume.sections.front().canonical == "skills");
  auto items = skill_items(resume);
  CHECK(std::find(items.begin(), items.end(), "triage") != items.end());
}

TEST_CASE("a Brazilian employer's banner with its 'Town/UF' and dates heads the role of the same dates below") {
  auto resume = parse_text(
      "Rafael Duarte\nrafael@example.com\n\nEXPERIÊNCIA PROFISSIONAL\nLaticínios Serra Dourada S.A. – Anápolis/GO      06/2013 – 12/2016\n"
      "Representante Comercial      06/2013 – 12/2016\n• Vendas no interior de Goiás\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Representante Comercial");
  CHECK(resume.work[0].company == "Laticínios Serra Dourada S.A.");
  CHECK(resume.work[0].location == "Anápolis/GO");
}

TEST_CASE("an AlmaLaurea job grid: two of its labels stacked in the rail head no section, each job is read") {
  auto resume = parse_text(
      "Beatrice Zanella\nbz@example.it\n\nESPERIENZE LAVORATIVE\nPeriodo   da 04/2024 ad oggi\n"
      "Azienda/Ente   Studio Legale Associato Bellini Guerra – Ferrara\nRuolo   Praticante avvocato\nTipo di contratto Attività svolte\n"
      "Periodo   da 03/2022 a 06/2022\nAzienda/Ente   Comune di Ferrara – Avvocatura civica\nRuolo   Tirocinante\n");
  CHECK(resume.sections.size() == 1);
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Studio Legale Associato Bellini Guerra");
  CHECK(resume.work[0].location == "Ferrara");
  CHECK(resume.work[1].position == "Tirocinante");
}

TEST_CASE("'Secretaria da Fazenda' is a Brazilian department, no secretary's title; 'Secretaria de Dirección' is one") {
  CHECK(title_score("Secretaria da Fazenda") == 0);
  CHECK(title_score("Secretaria Municipal de Saúde") == 0);
  CHECK(title_score("Secretaria de Dirección") > 0);
}

TEST_CASE("Italy's 'Abilitazione all'esercizio della libera professione di Geometra' is a qualification") {
  CHECK(degree_length("Abilitazione all'esercizio della libera professione di Geometra") ==
        std::string_view("Abilitazione all'esercizio della libera professione di Geometra").size());
}

TEST_CASE("a remark in lower case in brackets after an employer ('(agence)') is no part of its name") {
  auto resume = parse_text(
      "Camille Roussel\ncamille@example.fr\n\nEXPÉRIENCE\nChargée de communication          2021 – 2024\nAnjou Événements (agence), Angers\n"
      "• Relations presse\n\nAssistante communication          2019 – 2021\nCave des Coteaux de Saumur (SCA), Saumur\n• Réseaux sociaux\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Anjou Événements");
  CHECK(resume.work[1].company == "Cave des Coteaux de Saumur (SCA)");
}

TEST_CASE("review 38b: a surname that is also a town, a post named with 'professionale', an unaccented 'Secretaria da Diretoria'") {
  auto giulia = parse_text("GIULIA\nFERRARA\nAvvocata\ngiulia.f@example.it | Bologna\n\nESPERIENZE\n");
  CHECK(giulia.contact.name == "GIULIA FERRARA");
  CHECK(giulia.contact.location_text == "Bologna");
  auto sara = parse_text("Sara\nRagusa\nMarketing Manager\nsara.ragusa@example.com | London\n\nExperience\n");
  CHECK(sara.contact.name == "Sara Ragusa");
  CHECK(sara.contact.location_text == "London");
  auto post = parse_text("# Marco Rossi\n\nmarco@example.it\n\n## Esperienze\n\n### Tirocinio professionale\n\n"
                         "Studio Rossi Commercialisti, Monza | 2016 – 2019\n\n- Contabilità ordinaria\n",
                         "cv.md");
  REQUIRE(post.work.size() == 1);
  CHECK(post.work[0].position == "Tirocinio professionale");
  CHECK(title_score("Secretaria da Diretoria") > 0);
}

TEST_CASE("degrees: a Dutch 'Promotie', a German 'Erweiterter Sekundarabschluss I', a French 'Titre RNCP niveau 7'") {
  CHECK(degree_length("Promotie, Radboud Universiteit") == std::string_view("Promotie").size());
  CHECK(degree_length("Promoties en acties") == 0);  // "promoties" in a marketer's duties names no degree
  CHECK(degree_length("Erweiterter Sekundarabschluss I") == std::string_view("Erweiterter Sekundarabschluss I").size());
  CHECK(degree_length("Titre RNCP niveau 7 Architecte d'intérieur") == std::string_view("Titre RNCP niveau 7").size());
}

TEST_CASE("a Markdown definition list with dates as terms: the first definition is the entry's header, later ones its body") {
  auto resume = parse_text(
      "# Sanne de Vries\n\nsanne@example.nl\n\n## Werkervaring\n\n2019 – heden\n:   **Senior consultant**, Bergveld Advies B.V., Utrecht\n"
      ":   Leidt een team van vijf adviseurs bij aanbestedingen.\n\n2015 – 2019\n:   **Consultant**, Rijnstaete Groep, Arnhem\n",
      "cv.md");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Senior consultant");
  CHECK(resume.work[0].company == "Bergveld Advies B.V.");
  CHECK(resume.work[0].location == "Utrecht");
  CHECK(resume.work[1].company == "Rijnstaete Groep");
}

TEST_CASE("a candidate form: 'Cargo pretendido' beside its value heads nothing; a town after its label cell is the home") {
  auto resume = parse_text(
      "VÉRTICE TALENTOS   (62) 3088-4150\nAv. T-63, 1296, sala 904 – Setor Bueno – Goiânia/GO\nAPRESENTAÇÃO DE CANDIDATO\n"
      "Nome               Rafael Menezes Duarte\nCargo pretendido   Gerente Comercial\n"
      "Cidade / UF        Anápolis – GO (disponibilidade para viagens)\nE-mail             rafael@example.com\n\n"
      "EXPERIÊNCIA PROFISSIONAL\n");
  REQUIRE(!resume.sections.empty());
  CHECK(resume.sections.front().canonical == "experience");
  CHECK(resume.contact.location_text == "Anápolis, GO");
}

TEST_CASE("review 38c: duty lines opening on a degree's word stay duties; a wrapped definition keeps the list open") {
  CHECK(degree_length("Promotie, planning en uitvoering van vakbeurzen.") == 0);
  CHECK(degree_length("Titre RNCP : instruction des dossiers d'enregistrement") == 0);
  CHECK(degree_length("Sekundarabschluss I: Vorbereitung der 10. Klassen") == 0);
  auto resume = parse_text(
      "# Sanne de Vries\n\nsanne@example.nl\n\n## Experience\n\n2019 – now\n:   **Senior consultant**, Bergveld Advies B.V., Utrecht\n"
      ":   Led a team of five advisers on public tenders for\n    municipalities and provinces.\n:   Ran workshops for 40 clients.\n\n"
      "2015 – 2019\n:   **Consultant**, KPMG, Amsterdam\n",
      "cv.md");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Bergveld Advies B.V.");
  CHECK(resume.work[1].company == "KPMG");
}

TEST_CASE("a campus named before its word ('…, Launceston campus') is no part of the school; a bracket loses its dates' comma") {
  auto school = parse_text("Megan Hall\nmegan@example.com\n\nEDUCATION\nBachelor of Nursing   2010 – 2013\n"
                           "University of Tasmania, Launceston campus\n");
  REQUIRE(school.education.size() == 1);
  CHECK(school.education[0].institution == "University of Tasmania");
  auto brigade = parse_text("Jan Brod\njan@example.de\n\nEHRENAMT\nFreiwillige Feuerwehr Paderborn, Löschzug Schloß Neuhaus "
                            "(seit 2014, Gruppenführer seit 2022)\n\nHOBBYS\nMountainbike\n");
  REQUIRE(brigade.work.size() == 1);
  CHECK(brigade.work[0].position.find("( ,") == std::string::npos);
  CHECK(brigade.work[0].position.find("(,") == std::string::npos);
}
