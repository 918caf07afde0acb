// Held-out rounds 107–110: what session 47's documents taught.
#include <doctest/doctest.h>

#include "linter/structure/headings.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a public portal's job blocks: two labels with their values on one line, the occupation code dropped") {
  auto resume = parse_text(
      "Rita Gonçalves\nrita.goncalves@example.pt\n\nExperiência profissional\n"
      "Entidade empregadora   Centro Social e Paroquial de Santa Maria (IPSS)\n"
      "Profissão   Educador de infância (2342.0)   Localidade   Bragança\n"
      "Data de início   01-09-2018   Data de fim   (atual)\nDescrição de funções\n– Responsável pela sala dos 4 anos\n"
      "Entidade empregadora   Município de Bragança\nProfissão   Monitor de tempos livres   Localidade   Bragança\n"
      "Data de início   01-07-2013   Data de fim   31-08-2013\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Centro Social e Paroquial de Santa Maria (IPSS)");
  CHECK(resume.work[0].position == "Educador de infância");
  CHECK(resume.work[0].location == "Bragança");
  CHECK(resume.work[0].start.year == 2018);
  CHECK(resume.work[1].position == "Monitor de tempos livres");
  CHECK(resume.work[1].end.year == 2013);
  CHECK(resume.work[1].end.month == 8);
}

TEST_CASE("a site's wordmark over an avatar's initials and a name stacked a word a line: the name whole") {
  auto resume = parse_text("instahyre   Employer dashboard · Candidate profile · ID IH-5523871\nKS\nKarthikeyan\nSubramanian\n"
                           "Senior Quality Engineer at Sri Ranga Engineering Works\nkarthik.subramanian@example.in\n\n"
                           "Experience\nQuality Engineer, Sri Ranga Engineering Works, 2016 - 2020\n");
  CHECK(resume.contact.name == "Karthikeyan Subramanian");
}

TEST_CASE("a practice's site named after her: the person's name, as the line under the heading opens on it") {
  auto resume = parse_text("Physiotherapie Lena Brückl   START   LEISTUNGEN   ÜBER MICH   KONTAKT\nWEIDEN I.D.OPF.\nÜber mich\n"
                           "Lena Brückl · Physiotherapeutin B.Sc. · Sektorale Heilpraktikerin\nSeit über zehn Jahren Physiotherapeutin.\n"
                           "praxis@physio-brueckl.de\n\nBerufserfahrung\nPhysiotherapeutin, Klinikum Weiden, 2015 - 2021\n");
  CHECK(resume.contact.name == "Lena Brückl");
}

TEST_CASE("a consultant profile's title 'Beraterprofil:' before the name; 'Standort:' labels the town") {
  auto resume = parse_text("Beraterprofil: Thorsten Beckmann   Senior Inbetriebnahmeingenieur Automatisierungstechnik\nStandort: Neuss\n"
                           "thorsten.beckmann@inova-es.de\n\nAusbildung\nDipl.-Ing. (FH) Elektrotechnik, Hochschule Niederrhein, 2009 - 2013\n");
  CHECK(resume.contact.name == "Thorsten Beckmann");
  CHECK(resume.contact.city == "Neuss");
}

TEST_CASE("an employer's applicant record: the firm's addresses in its letterhead are not the applicant's labelled private ones") {
  auto resume = parse_text("Heitmann Antriebstechnik GmbH & Co. KG\nPersonalabteilung · Am Hafen 7 · 38442 Wolfsburg\n"
                           "Tel. 05362 9471-0 · bewerbung@heitmann-antriebe.de\nBewerberakte: Brinkmann, Jonas\n"
                           "Ansprechpartner/in   Sabine Kohl, Personalreferentin\nTel. 05362 9471-218 · s.kohl@heitmann-\nantriebe.de\n"
                           "Stammdaten\nVorname   Jonas   Nachname   Brinkmann\nTelefon privat   05371 938447\nE-Mail   j.brinkmann94@gmx.de\n\n"
                           "Berufserfahrung\n09/2019 – heute   Industriemechaniker, Vowinkel Fördertechnik GmbH\n");
  CHECK(resume.contact.email == "j.brinkmann94@gmx.de");
  CHECK(resume.contact.phone == "05371 938447");
  // A person writing from a firm's mailbox with no private one: that address is theirs.
  auto own = parse_text("Kowalski Bau GmbH\nAnna Kowalski\nanna@kowalski-bau.de · 0171 2233445\n\nBerufserfahrung\n"
                        "2015 – heute   Geschäftsführerin, Kowalski Bau GmbH\n");
  CHECK(own.contact.email == "anna@kowalski-bau.de");
}

TEST_CASE("a student profile's chips after the title ('CDD', 'Bénévolat') name no field; 'Je recherche' heads no experience") {
  auto resume = parse_text("Mathis Delpech\nmathis@example.fr\n\nMes expériences\nHôte de caisse   CDD\nLe Comptoir du Lot · Cahors\n"
                           "juil. 2022 - août 2022\nBénévole – responsable buvette   Bénévolat\nFestival Lot of Sound · Luzech\njuil. 2023\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Hôte de caisse");
  CHECK(resume.work[0].company == "Le Comptoir du Lot");
  CHECK(resume.work[1].company == "Festival Lot of Sound");
  CHECK(canonical_section("Je recherche").canonical.empty());
  CHECK(canonical_section("Ich suche").canonical.empty());
  CHECK(canonical_section("Recherche").canonical == "experience");
}

TEST_CASE("a freelance profile's missions: 'RÉALISATIONS' under each is no section, the contract's terms no part of the title") {
  auto resume = parse_text(
      "Nicolas Chambon\nn.chambon@proton.me\n\nExpériences professionnelles\n\n"
      "Ingénieur Systèmes Linux – Mission freelance   janv. 2023 - aujourd'hui\nCasino Services · Saint-Étienne (42)\nRÉALISATIONS\n"
      "• Migration de 320 serveurs RHEL\nEnvironnement technique : RHEL 7/8/9, Ansible, Grafana,\nGitLab CI, Bash, Python\n\n"
      "Ingénieur Virtualisation VMware – CDI   mars 2021 - déc. 2022\nMutuelle Rhône-Loire · Lyon (69)\nRÉALISATIONS\n"
      "• Migration de vSphere 6.5 vers 7.0\n\nFormations\nBTS SIO, Lycée Honoré d'Urfé, 2010 - 2012\n");
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[1].canonical == "education");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Ingénieur Systèmes Linux");
  CHECK(resume.work[1].position == "Ingénieur Virtualisation VMware");
  CHECK(resume.work[1].company == "Mutuelle Rhône-Loire");
  // A section's own heading printed again (page 2's "Expériences professionnelles") stays a heading of its kind.
  auto again = parse_text("Ana Ruiz\nana@example.es\n\nExperiencia\nTécnica, Acme S.L., 2019 - 2021\n\nExperiencia\n"
                          "Auxiliar, Beta S.A., 2016 - 2019\n\nFormación\nGrado en Química, Universidad de Murcia, 2012 - 2016\n");
  REQUIRE(again.work.size() == 2);
}

TEST_CASE("a job's technologies left on a comma go on in the next line, no header of the next job") {
  auto resume = parse_text("Nicolas Chambon\nn.chambon@proton.me\n\nExpériences professionnelles\n"
                           "Ingénieur Systèmes Linux   janv. 2023 - aujourd'hui\nCasino Services · Saint-Étienne (42)\n"
                           "• Migration de 320 serveurs RHEL\nEnvironnement technique : RHEL 7/8/9, Ansible, Grafana,\nGitLab CI, Bash, Python\n"
                           "Ingénieur Virtualisation VMware   mars 2021 - déc. 2022\nMutuelle Rhône-Loire · Lyon (69)\n"
                           "• Migration de vSphere 6.5 vers 7.0\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[1].location == "Lyon (69)");
}

TEST_CASE("review 47: a person's own firm under their name, or a referee's gmail, leaves the person's own details") {
  auto owner = parse_text("Katrin Vogel\nGeschäftsführerin · Vogel Gartenbau GmbH\nLindenstraße 4 · 79100 Freiburg im Breisgau\n"
                          "Telefon 0761 4455661 · k.vogel@vogel-gartenbau.de\n\nBERUFSERFAHRUNG\n"
                          "04/2016 – heute        Geschäftsführerin, Vogel Gartenbau GmbH, Freiburg\n\nPERSÖNLICHE DATEN\n"
                          "E-Mail: katrin.vogel88@web.de\n");
  CHECK(owner.contact.phone == "0761 4455661");
  auto director = parse_text("Pennington Joinery Ltd\nOliver Pennington\n07812 334 901 | oliver@penningtonjoinery.co.uk\n\nEXPERIENCE\n"
                             "Director, Pennington Joinery Ltd, Hebden Bridge      2014 - present\n\nREFERENCES\n"
                             "Mark Holroyd, Site Manager, Casey Group\nEmail: mark.holroyd62@gmail.com\nTel: 07700 900 155\n");
  CHECK(director.contact.email == "oliver@penningtonjoinery.co.uk");
  CHECK(director.contact.phone == "07812 334 901");
}

TEST_CASE("review 47: 'EU PROJECTS' heads projects; 'de temporada' stays in the title; a phone after '(privat):' is one") {
  CHECK(canonical_section("EU PROJECTS").canonical == "projects");
  auto seasonal = parse_text("Lucía Moreno Ortega\nlucia@example.es\n\nEXPERIENCIA LABORAL\n\nSocorrista de temporada verano 2023\n"
                             "Ayuntamiento de Nerja, Nerja\n- Vigilancia y primeros auxilios en la playa de Burriana\n");
  REQUIRE(seasonal.work.size() == 1);
  CHECK(seasonal.work[0].position == "Socorrista de temporada");
  auto phone = parse_text("Julia Brenner\nHauptstraße 88, 69117 Heidelberg\nTel. (privat):06221-47113\nE-Mail: julia.brenner@posteo.de\n");
  CHECK(phone.contact.phone == "06221-47113");
}

TEST_CASE("review 47: a name in lower case over its stacked surnames keeps its given name") {
  auto resume = parse_text("lucía\nMÁRQUEZ\nSOLER\nDiseñadora gráfica · Valencia\nlucia.marquez.soler@gmail.com · 654 321 987\n\n"
                           "EXPERIENCIA\nDiseñadora gráfica junior, Estudio Menta, Valencia          2021 – actualidad\n");
  CHECK(resume.contact.name.starts_with("lucía"));
}

TEST_CASE("a numbered employer line over two labelled roles: the second role keeps the employer and its town") {
  auto resume = parse_text("Fernanda Lima\nfernanda@example.com.br\n\nIV – EXPERIÊNCIA PROFISSIONAL\n\n"
                           "1) Siderúrgica Vale do Paraíba S.A. – Volta Redonda/RJ\n\n   Cargo: Analista de Departamento Pessoal Pleno\n"
                           "   Período: 03/2019 – atual\n   Principais atividades:\n   - Processamento da folha mensal.\n\n"
                           "   Cargo: Assistente de Departamento Pessoal\n   Período: ago/2015 a fev/2019\n   Principais atividades:\n"
                           "   - Admissões e cadastro de dependentes.\n\n2) Contabilidade Paraíba Assessoria Ltda. – Barra Mansa/RJ\n\n"
                           "   Cargo: Auxiliar de Departamento Pessoal\n   Período: 02/2012 a 07/2015\n");
  REQUIRE(resume.work.size() == 3);
  CHECK(resume.work[1].company == "Siderúrgica Vale do Paraíba S.A.");
  CHECK(resume.work[1].location == "Volta Redonda/RJ");
  CHECK(resume.work[2].company == "Contabilidade Paraíba Assessoria Ltda.");
}

TEST_CASE("a town with its postcode in brackets in the contact line ('Saumur (49400)') is the place; a label's bracket is not") {
  auto resume = parse_text("Élodie Chaigneau\n06 71 28 45 93 | elodie@laposte.net | Saumur (49400)\n\nProfil\nCaviste.\n");
  CHECK(resume.contact.city == "Saumur");
  auto phone = parse_text("Tamara Whitfield\nEmail   tamara@example.com   Phone (Mobile)   (509) 555-0148\n\nExperience\n\nRN, Providence, 2019 - 2023\n");
  CHECK(phone.contact.city.empty());
}

TEST_CASE("'Saint-Étienne, Loire (42)': the town, then its département with its number; a known city keeps its town's place") {
  auto resume = parse_text("Nicolas Chambon\nn.chambon@proton.me\n• Saint-Étienne, Loire (42)\n\nProfil\nIngénieur.\n");
  CHECK(resume.contact.city == "Saint-Étienne");
  CHECK(resume.contact.location_text == "Saint-Étienne, Loire (42)");
}

TEST_CASE("a recruiter's profile that reaches the candidate only through it: the agency's and its consultant's details are none of the candidate's") {
  auto resume = parse_text("Level 1, 66 Bourbong Street, Bundaberg QLD 4670\nWide Bay Talent Co.   (07) 4151 6620 · admin@widebaytalent.com.au\n"
                           "RECRUITMENT · LABOUR HIRE\nDaniel Whitfield\nCandidate Profile — Warehouse Supervisor\n"
                           "Candidate contact   Via Wide Bay Talent Co. only\nConsultant   Renee Coulter, Senior Consultant · 0438 216 904 ·\n"
                           "renee.coulter@widebaytalent.com.au\n\nEMPLOYMENT HISTORY\nWarehouse Supervisor, Bargara Fresh, 2019 - present\n"
                           "Wide Bay Talent Co. Pty Ltd · ABN 41 612 887 309 · Confidential\n");
  CHECK(resume.contact.email.empty());
  CHECK(resume.contact.phone.empty());
}

TEST_CASE("a freelance platform's level pills ('Confirmé') beside each skill are no skills") {
  auto resume = parse_text("Nicolas Chambon\nn.chambon@proton.me\n\nCompétences\nLinux (RHEL, Debian)   Expert\nZabbix   Confirmé\n"
                           "Terraform   Confirmé\nDocker   Intermédiaire\n");
  auto items = skill_items(resume);
  CHECK(items == std::vector<std::string>{"Linux (RHEL, Debian)", "Zabbix", "Terraform", "Docker"});
}

TEST_CASE("Portugal's public employment portal's headings: 'Habilitações escolares', 'Competências linguísticas'") {
  CHECK(canonical_section("Habilitações escolares").canonical == "education");
  CHECK(canonical_section("Competências linguísticas").canonical == "languages");
}
