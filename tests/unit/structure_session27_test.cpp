// Resumes shaped like session 27's held-out rounds (rounds 59–60) and the failures left from earlier rounds; all
// people, schools and employers invented.
#include <doctest/doctest.h>

#include "linter/structure/structure.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("Colombian education: the title a programme confers restates it, an expected graduation restates its end") {
  auto resume = parse_text(
      "Valentina Restrepo\nvalentina@example.com | +57 310 456 7821\n\nEDUCACIÓN\n\n"
      "Especialización en Arquitectura de Software                        feb. 2026 – jun. 2027\n"
      "Universidad de la Montaña                                                   Medellín\n"
      "En curso · Grado esperado: junio de 2027 (modalidad virtual)\n\n"
      "Ingeniería de Sistemas                                                    2016 – 2021\n"
      "Institución Universitaria Politécnica de Aburrá                      Medellín\n"
      "Título: Ingeniera de Sistemas (grado: marzo de 2022) · Promedio acumulado: 4,3 / 5,0\n\n"
      "Tecnóloga en Análisis y Desarrollo de Sistemas                   2013 – 2015\n"
      "Centro de Formación Tecnológica del Valle (CFTV)                        Itagüí\n\n"
      "Bachiller Académico                                                      2012\n"
      "Institución Educativa San José de La Estrella         La Estrella, Antioquia\n");
  REQUIRE(resume.education.size() == 4);
  CHECK(resume.education[0].study_type == "Especialización");
  CHECK(resume.education[0].end.year == 2027);
  CHECK(resume.education[1].study_type == "Ingeniería");
  CHECK(resume.education[1].area == "Sistemas");
  CHECK(resume.education[1].end.year == 2021);
  CHECK(resume.education[2].study_type == "Tecnóloga");
  CHECK(resume.education[2].area == "Análisis y Desarrollo de Sistemas");
  CHECK(resume.education[3].study_type == "Bachiller Académico");
  CHECK(resume.education[3].institution == "Institución Educativa San José de La Estrella");
}

TEST_CASE("a degree's kind printed after it belongs to it: Lato Sensu, Profissional, Executivo, General") {
  auto resume = parse_text(
      "Mariana Souza\nmariana@example.com\n\nFORMAÇÃO\n"
      "Mestrado Profissional em Direito, Universidade Federal do Norte, 2023 – 2025\n"
      "MBA Executivo em Finanças, Fundação Escola de Negócios, 2019 – 2020\n"
      "Pós-Graduação Lato Sensu em Direito do Trabalho, Faculdade do Recife, 2017 – 2018\n"
      "Bachillerato General, Preparatoria Federal Lázaro Cárdenas, 2008 – 2011\n");
  REQUIRE(resume.education.size() == 4);
  CHECK(resume.education[0].study_type == "Mestrado Profissional");
  CHECK(resume.education[0].area == "Direito");
  CHECK(resume.education[1].study_type == "MBA Executivo");
  CHECK(resume.education[2].study_type == "Pós-Graduação Lato Sensu");
  CHECK(resume.education[3].study_type == "Bachillerato General");
}

TEST_CASE("a wrapped bullet in its hanging indent that cites a year in capitals goes on, no entry") {
  auto resume = parse_text(
      "Ciara Donovan\nciara@example.ie\n\nEXPERIENCE\nSupervising Pharmacist   Jun 2023 – Present\nLee Valley Pharmacy, Douglas, Cork\n"
      "  • Responsible for the management of the pharmacy in line with the Pharmacy\n"
      "    Act 2007 and PSI regulations\n"
      "  • Lead a team of 2 pharmacists\n"
      "Community Pharmacist   Sep 2020 – May 2023\nHealthPoint Pharmacy Group, Ballincollig\n  • Dispensed medicines\n");
  REQUIRE(resume.work.size() == 2);
  REQUIRE(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[0].ends_with("Act 2007 and PSI regulations"));
  CHECK(resume.work[1].position == "Community Pharmacist");
}

TEST_CASE("a monogram badge set apart before the name it abbreviates is no part of it") {
  CHECK(parse_text("IV   Ignacio Andrés Valdivia Rojas\nignacio@example.com\n\nEXPERIENCIA\nIngeniero, Obras SpA, 2019 – 2022\n")
            .contact.name == "Ignacio Andrés Valdivia Rojas");
  // Capitals that abbreviate no name stay: they may be the name's own first part ("MD" for Mohammad).
  CHECK(parse_text("MD Rahim Uddin\nrahim@example.com\n\nEXPERIENCE\nEngineer, Acme Ltd, 2019 – 2022\n").contact.name == "MD Rahim Uddin");
  CHECK(parse_text("MK Megan Kowalczyk\nmegan@example.com\n\nEXPERIENCE\nEngineer, Acme Ltd, 2019 – 2022\n").contact.name ==
        "Megan Kowalczyk");
}

TEST_CASE("the years a job board counts beside a skill are no part of it") {
  auto items = skill_items(parse_text(
      "Aroha Ngata\naroha@example.nz\n\nSKILLS\nPolicy analysis (8 years)\nStata (3 years)\nR (2 years)\nPython (3+ yrs)\n"));
  CHECK(items == std::vector<std::string>{"Policy analysis", "Stata", "R", "Python"});
}

TEST_CASE("a Belgian firm's legal form parts it from the title before it, lower-case words and all") {
  auto resume = parse_text(
      "Aurélie Dethier\naurelie@example.be\n\nExpérience professionnelle\n"
      "oct. 2012 – févr. 2015   Aide-comptable, Bureau comptable Collard SPRL, Seraing\n— Encodage des achats\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Aide-comptable");
  CHECK(resume.work[0].company == "Bureau comptable Collard SPRL");
  CHECK(resume.work[0].location == "Seraing");
}

TEST_CASE("the title an entry led to, granted in a year, is a remark on it, no entry") {
  auto resume = parse_text(
      "Aurélie Dethier\naurelie@example.be\n\nFormation\n"
      "2016 – 2019   Stage professionnel, Institut des Experts-comptables (ITAA), Bruxelles\n"
      "Titre de comptable-fiscaliste agréé obtenu en 2019\n"
      "2009 – 2012   Bachelier en Comptabilité, Haute École Mosane de Gestion, Liège\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].study_type == "Bachelier");
}

TEST_CASE("a Portuguese street with its floor and door still gives the town") {
  auto resume = parse_text(
      "Inês Lopes\nRua Lourenço de Almeida Azevedo, 27, 2.º Esq., 3000-250 Coimbra (Portugal)\n+351 912 483 607\n"
      "ines@example.com\n\nEXPERIÊNCIA\nEnfermeira, Hospital Central, 2020 – 2022\n");
  CHECK(resume.contact.city == "Coimbra");
  CHECK(resume.contact.country_code == "PT");
}

TEST_CASE("Europass's employer line: a long name closed by its town and country, the town and country one place") {
  auto resume = parse_text(
      "Inês Lopes\nines@example.com\n\nEXPERIÊNCIA PROFISSIONAL\n09/2017 – 02/2020   Enfermeira\n"
      "Unidade de Cuidados Continuados Integrados Casa do Alva, Penacova (Portugal)\n– Cuidados de enfermagem\n"
      "03/2020 – presente   Enfermeira de Cuidados Gerais\nHospital Rainha Santa Isabel, EPE, Coimbra (Portugal)\n"
      "– Prestação de cuidados\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Unidade de Cuidados Continuados Integrados Casa do Alva");
  CHECK(resume.work[0].location == "Penacova (Portugal)");
  CHECK(resume.work[1].company == "Hospital Rainha Santa Isabel, EPE");
  CHECK(resume.work[1].location == "Coimbra (Portugal)");
}

TEST_CASE("Jekyll front matter is the page's settings, never its text") {
  auto resume = parse_text("---\nlayout: archive\ntitle: \"CV\"\nredirect_from:\n  - /resume\n---\n\n# Femke Visser\n\n"
                           "f.visser@example.org · +31 6 48 27 19 03\n\n## Experience\n\n### Researcher — Delta Institute, Delft\n"
                           "*October 2020 – present*\n",
                           "cv.md");
  CHECK(resume.contact.name == "Femke Visser");
  // A rule over the name is no front matter.
  CHECK(parse_text("---\n\n# Jan de Vries\n\njan@example.nl\n\n---\n\n## Experience\n", "cv.md").contact.name == "Jan de Vries");
}

TEST_CASE("an identity card's number is no phone, though its dots make it look like one") {
  auto resume = parse_text("LAURA RESTREPO OSPINA\nC.C. 1.037.612.455 de Envigado\nCelular: 310 456 7821\nlaura@example.com\n");
  CHECK(resume.contact.phone == "310 456 7821");
}

TEST_CASE("a LinkedIn export in Portuguese: the time at the employer in all is no field of its first role") {
  auto resume = parse_text(
      "Ana Lima\nana@example.com\n\nExperiência\nHotel Miradouro do Tejo\n4 anos 4 meses\nRececionista Sénior\n"
      "maio de 2023 - o momento (2 anos 8 meses)\nLisboa, Portugal\n• Coordenação do turno da receção.\nRececionista\n"
      "setembro de 2021 - abril de 2023 (1 ano 8 meses)\nLisboa, Portugal\n• Check-in de hóspedes.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Rececionista Sénior");
  CHECK(resume.work[0].company == "Hotel Miradouro do Tejo");
  CHECK(resume.work[1].position == "Rececionista");
}

TEST_CASE("a title in two parts with its town after a gap, over the employer's own line") {
  auto resume = parse_text(
      "Claire Martin\nclaire@example.fr\n\nExpérience\nSept. 2021 – à ce jour   Ingénieure Stress Senior – Aérostructures   Blagnac\n"
      "Occitane Aérostructures SAS\n• Justification statique des cadres de fuselage.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Ingénieure Stress Senior – Aérostructures");
  CHECK(resume.work[0].company == "Occitane Aérostructures SAS");
  CHECK(resume.work[0].location == "Blagnac");
}

TEST_CASE("an exchange term at a technical university named by its initials is a remark on the degree") {
  auto resume = parse_text(
      "Claire Martin\nclaire@example.fr\n\nFormation\n2013 – 2016   Diplôme d’ingénieur, Institut Supérieur de l’Aéronautique, Toulouse\n"
      "Semestre d’échange à la TU Delft (2015) – classée 12e/180\n2011   Baccalauréat S, Lycée Déodat-de-Séverac, Toulouse\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[1].study_type == "Baccalauréat S");
}

TEST_CASE("a labelled remark under a degree's dates stays with that degree, not the next") {
  auto resume = parse_text(
      "Sanne Mulder\nsanne@example.nl\n\nOPLEIDING\nMSc Bestuurskunde\nRijksuniversiteit Zeeland\n09/2015 – 08/2016\n"
      "Specialisatie: Duurzaamheid en Beleid\nBSc Politicologie\nRijksuniversiteit Zeeland\n09/2012 – 07/2015\n"
      "Gemiddeld cijfer: 7,8\nHavo\nStedelijk College\n2012\nProfiel: Economie en Maatschappij\nExtra regel\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[1].study_type == "BSc");
  CHECK(resume.education[1].institution == "Rijksuniversiteit Zeeland");
  CHECK(resume.education[0].area == "Bestuurskunde");
}

TEST_CASE("code spans set side by side in Markdown are one skill each") {
  auto items = skill_items(parse_text("# Rui Costa\n\nrui@example.pt\n\n## Skills\n\n**Cloud:** `AWS` `GCP` `Hetzner`  \n"
                                      "**CI/CD:** `GitLab CI` `GitHub Actions`\n",
                                      "cv.md"));
  CHECK(items == std::vector<std::string>{"AWS", "GCP", "Hetzner", "GitLab CI", "GitHub Actions"});
}

TEST_CASE("a Québec street closed by the town, its province in brackets and the postal code") {
  auto resume = parse_text("GENEVIÈVE LAVOIE\n4520, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L3\nCellulaire : 438 921-3407\n"
                           "genevieve@example.com\n\nEXPÉRIENCE\nEnseignante, École X, 2019 – 2022\n");
  CHECK(resume.contact.city == "Montréal");
  CHECK(resume.contact.region == "Québec");
}

TEST_CASE("seasons counted after a stint's dates name no employer") {
  auto resume = parse_text(
      "Florian Aigner\nflorian@example.at\n\nBERUFSERFAHRUNG\n\n12/2016 - 04/2018 (2 Wintersaisonen)\nDemichef de Partie\n"
      "Hotel Arlberghof, Lech am Arlberg\n- Mise en place\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Hotel Arlberghof");
}

TEST_CASE("a master craftsman's exam at a chamber's institute, an apprenticeship's due end said in words") {
  auto resume = parse_text(
      "Florian Aigner\nflorian@example.at\n\nAUSBILDUNG\n\n2022\nKüchenmeisterprüfung (Meisterprüfung Koch)\nWIFI Salzburg\n\n"
      "seit 09/2023          Meisterschule für das Elektrotechniker-Handwerk (Teilzeit)\n"
      "                      Meisterschule Rhein-Erft, Frechen\n                      Abschluss voraussichtlich 07/2026\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Küchenmeisterprüfung (Meisterprüfung Koch)");
  CHECK(resume.education[0].institution == "WIFI Salzburg");
  CHECK(resume.education[1].end.iso() == "2026-07");
  CHECK(resume.education[1].area.empty());
}

TEST_CASE("Latin American degree titles in the feminine, a completion remark with a clause after it, a Dutch stream") {
  auto resume = parse_text(
      "Laura Restrepo\nlaura@example.com\n\nFORMACIÓN ACADÉMICA\n\nContadora Pública\nUniversidad Metropolitana de Antioquia – Medellín\n"
      "2010 – 2015\n\nOPLEIDINGEN\n2012 – 2016\nBachelor Human Resource Management\nHanzehogeschool Groningen\n"
      "Diploma behaald; afstudeerscriptie beoordeeld met een 8,2\n2006 – 2012\nVWO, profiel Economie & Maatschappij\n"
      "Stadslyceum Helpman, Groningen\n");
  REQUIRE(resume.education.size() == 3);
  CHECK(resume.education[0].study_type == "Contadora Pública");
  CHECK(resume.education[1].study_type == "Bachelor");
  CHECK(resume.education[2].study_type == "VWO");
  CHECK(resume.education[2].area == "Economie & Maatschappij");
}

TEST_CASE("a US state's code closing a school's list goes with the town before it, known or not") {
  auto resume = parse_text(
      "Brianna Holloway\nbrianna@example.com\n\nEDUCATION\nAssociate of Science\nRed Rocks Community College, Lakewood, CO  |  2014\n"
      "MSc in Energy Systems, University of Strathclyde, Glasgow, UK, 2016\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Red Rocks Community College");
  CHECK(resume.education[1].institution == "University of Strathclyde");
}

TEST_CASE("Swiss Italian vocational degrees: the federal certificate of capacity, a higher school's 'dipl. SSS'") {
  auto resume = parse_text(
      "Marco Bernasconi\nmarco@example.ch\n\nFORMAZIONE\nAlbergatore-Ristoratore dipl. SSS   2004 – 2007\n"
      "Scuola Alberghiera Cantonale del Verbano, Locarno\nAttestato federale di capacità (AFC) – Impiegato d'albergo   2001 – 2004\n"
      "Centro Professionale Commerciale, Bellinzona\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Albergatore-Ristoratore dipl. SSS");
  CHECK(resume.education[1].study_type == "Attestato federale di capacità (AFC)");
  CHECK(resume.education[1].institution == "Centro Professionale Commerciale");
}

TEST_CASE("a running degree's due date told in a remark under it is its end") {
  auto resume = parse_text(
      "Fernanda Becker\nfernanda@example.com.br\n\nFORMAÇÃO ACADÊMICA\nMestrado em Direito Privado   2024 – atual\n"
      "Universidade do Vale do Rio dos Sinos (UNISINOS) – Porto Alegre/RS\n"
      "Previsão de conclusão: dezembro de 2026. Linha de pesquisa: Direito da Empresa e Recuperação Judicial.\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].end.iso() == "2026-12");
}

TEST_CASE("an abbreviated legal form before the town is no town") {
  auto resume = parse_text("Giulia Rossi\ngiulia@example.it\n\nESPERIENZA\nCatalogatrice   03/2018 – 08/2021\n"
                           "Arte e Memoria Soc. Coop., Firenze\n• Schedatura di beni culturali\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Arte e Memoria Soc. Coop.");
  CHECK(resume.work[0].location == "Firenze");
}

TEST_CASE("contact details kept in a Markdown page's front matter are read; its other settings are not") {
  auto resume = parse_text("---\nlayout: cv\nname: Jane Doe\nemail: jane@example.com\nphone: \"+1 415 555 0100\"\n---\n\n"
                           "## Experience\n\n**Engineer**, Stripe, San Francisco — 2020 – 2023\n",
                           "cv.md");
  CHECK(resume.contact.name == "Jane Doe");
  CHECK(resume.contact.email == "jane@example.com");
  CHECK(resume.contact.phone == "+1 415 555 0100");
}
