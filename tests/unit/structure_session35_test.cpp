// Held-out rounds 75–76: what the session's new templates and job-site exports taught.
#include <doctest/doctest.h>

#include "linter/structure/dates.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("'Work & Volunteer Experience' heads a section: its title word lies in a part naming a section whole") {
  auto resume = parse_text(
      "Aaliyah Brooks\nabrooks@example.com\n\nEducation\n\nGeorgia Institute of Technology\nBachelor of Science\n"
      "Aug 2022 - May 2026\n\nWork & Volunteer Experience\n\nSupply Chain Analytics Intern\n"
      "Southeastern Cold Chain Logistics, Inc.\nMay 2025 - Aug 2025\n• Built a slotting model for 3,400 SKUs\n");
  REQUIRE(resume.sections.size() == 2);
  CHECK(resume.sections[1].canonical == "experience");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Supply Chain Analytics Intern");
  // A job title joined by '&' is still no heading.
  auto titles = parse_text("Dana Reyes\ndana@example.com\n\nExperience\n\nSoftware & Data Engineer\nAcme Corp\n2020 - 2022\n");
  CHECK(titles.sections.size() == 1);
}

TEST_CASE("a logo's letters opening the firm's first word ('NU' over 'Nu Pagamentos S.A.') name no employer") {
  auto resume = parse_text(
      "Juliana Queiroz\njuliana@example.com\n\nExperiência\n\nProduct Manager\nNU\njul 2018 – fev 2021\nSão Paulo, SP\n"
      "Nu Pagamentos S.A. · Crédito\n• Lançamento do produto de empréstimo pessoal\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Nu Pagamentos S.A.");
  CHECK(resume.work[0].position == "Product Manager");
}

TEST_CASE("a Brazilian job site's form: 'Cidade/UF:' is the place, 'Nível:' opens each school, 'Início:'/'Conclusão:' its period") {
  auto resume = parse_text(
      "Dados Pessoais\n\nNome: Larissa Andrade\nCidade/UF: Curitiba / PR\nE-mail: larissa@example.com\n\n"
      "Experiência Profissional\n\nCargo: Analista de Logística Júnior\nEmpresa: Distribuidora Paranaense Ltda.\n"
      "Cidade/UF: Araucária / PR\nPeríodo: 02/2019 a 03/2021\nEmprego atual: Não\nPrincipais atividades:\n"
      "• Controle de inventário rotativo.\n\nFormação Acadêmica\n\nNível: Pós-graduação (Especialização / MBA)\n"
      "Curso: MBA em Gestão da Cadeia de Suprimentos\nInstituição: FAE Centro Universitário\nSituação: Concluído\n"
      "Início: 03/2020\nConclusão: 09/2021\n\nNível: Graduação - Bacharelado\nCurso: Administração\n"
      "Instituição: Universidade Federal do Paraná (UFPR)\nSituação: Concluído\nInício: 02/2013\nConclusão: 12/2016\n");
  CHECK(resume.contact.city == "Curitiba");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Distribuidora Paranaense Ltda.");
  CHECK(resume.work[0].location == "Araucária / PR");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "MBA");
  CHECK(resume.education[0].end.year == 2021);
  CHECK(resume.education[0].start.year == 2020);
  CHECK(resume.education[1].study_type == "Bacharelado");
  CHECK(resume.education[1].area == "Administração");
  CHECK(resume.education[1].institution == "Universidade Federal do Paraná (UFPR)");
}

TEST_CASE("'Title • Company • Dates' on one line: the employer keeps no separator once the dates are taken") {
  auto resume = parse_text(
      "Imogen Reid\nimogen@example.com\n\nExperience\n\n"
      "Events & Partnerships Manager • Sunbird Festivals Pty Ltd • Aug 2021 – Present\n"
      "• Grew sponsorship revenue from $310K to $720K in two seasons.\n"
      "Marketing Coordinator • Riverstage Creative Co. Pty Ltd • Feb 2018 – Jul 2021\n• Planned and ran 40+ pop-up activations.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Sunbird Festivals Pty Ltd");
  CHECK(resume.work[1].company == "Riverstage Creative Co. Pty Ltd");
  CHECK(resume.work[1].position == "Marketing Coordinator");
}

TEST_CASE("'Rue Saint-Gilles 214, 4000 Liège – Belgique': the country set apart after the address closes it") {
  auto resume = parse_text(
      "Amandine Delvaux\nContrôleuse de gestion\nRue Saint-Gilles 214, 4000 Liège – Belgique\n"
      "+32 478 52 19 63 – amandine@example.be\n\nProfil\n\nContrôleuse de gestion bilingue.\n");
  CHECK(resume.contact.city == "Liège");
  CHECK(resume.contact.country_code == "BE");
  CHECK(resume.contact.location_text == "Liège, Belgique");
}

TEST_CASE("an HR system's profile: 'Candidate ID' is no town in Idaho, 'S. McLean, Talent Acquisition' no town at all") {
  auto resume = parse_text(
      "Callum Fraser\nCandidate ID   CAND-0048213\nRecord owner   S. McLean, Talent Acquisition\n"
      "Email   callum.fraser@example.com   Mobile   +44 7712 384 905\nLocation   Glasgow, Scotland, UK\n\n"
      "Profile summary\n\nQuality engineer with nine years in regulated manufacturing.\n");
  CHECK(resume.contact.city == "Glasgow");
  CHECK(resume.contact.location_text == "Glasgow, Scotland, UK");
}

TEST_CASE("'Afstudeerstagiair inkoop & logistiek' over 'Eemsveld Zuivel Coöperatie U.A.': a Dutch intern and a cooperative") {
  auto resume = parse_text(
      "Maarten Oosterhuis\nm.oosterhuis@example.nl\n\nWERKERVARING\n\nAfstudeerstagiair inkoop & logistiek\n"
      "Eemsveld Zuivel Coöperatie U.A., Leeuwarden   feb. 2016 – juli 2016\n"
      "• Onderzoek naar vendor managed inventory met vier leveranciers.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Afstudeerstagiair inkoop & logistiek");
  CHECK(resume.work[0].company == "Eemsveld Zuivel Coöperatie U.A.");
}

TEST_CASE("'Biostatisticienne – Ouest Clinical Research SAS': a statistician's compound is a title word") {
  auto resume = parse_text(
      "Gwen Le Bihan\ngwen@example.fr\n\nExpérience professionnelle\n\n"
      "depuis janv. 2022   Biostatisticienne – Ouest Clinical Research SAS, Rennes\n• Plans d'analyse statistique pour 9 essais.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Biostatisticienne");
  CHECK(resume.work[0].company == "Ouest Clinical Research SAS");
}

TEST_CASE("an Italian recruiter's profile: 'Titolo', 'Istituto', 'Anno', 'Votazione' rows name each degree's fields") {
  auto resume = parse_text(
      "Federica Zanella\nfederica@example.it\n\nFORMAZIONE\n\n"
      "Titolo   Laurea Magistrale in Economia e Legislazione d'Impresa\nIstituto   Università degli Studi di Verona\n"
      "Anno   2012\nVotazione   110/110 e lode\nTitolo   Laurea Triennale in Economia Aziendale\n"
      "Istituto   Università degli Studi di Verona\nAnno   2010\nVotazione   104/110\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].institution == "Università degli Studi di Verona");
  CHECK(resume.education[0].study_type == "Laurea Magistrale");
  CHECK(resume.education[0].score == "110/110 e lode");
  CHECK(resume.education[1].end.year == 2010);
}

TEST_CASE("Tecnoempleo: 'Titulación: …' rows head no section, and a Spanish skills table's first column names the skills") {
  auto resume = parse_text(
      "Sergio Martí\nsergio@example.es\n\nFORMACIÓN ACADÉMICA\n\nTitulación: Grado en Ingeniería Informática\n"
      "Centro: Universitat Politècnica de València (UPV)\nEspecialidad: Ingeniería del Software\nFecha: 09/2011 - 07/2015\n"
      "Nota media: 7,4\n\nCONOCIMIENTOS TÉCNICOS\n\nTecnología   Años de experiencia   Nivel   Último uso\n"
      "Java   10   Experto   Actual\nSpring Boot   7   Experto   Actual\nOracle Database   4   Medio   2021\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Universitat Politècnica de València (UPV)");
  CHECK(resume.education[0].start.year == 2011);
  CHECK(resume.education[0].score == "7,4");
  CHECK(skill_items(resume) == std::vector<std::string>{"Java", "Spring Boot", "Oracle Database"});
}

TEST_CASE("a CV sent as a mail's body: the closing and the signature under the last section are no skills") {
  auto resume = parse_text(
      "Tobias Reinartz\ntobias@example.de\n\nKENNTNISSE\nEDV: SAP PM, MS Office\n\n----------\n\n"
      "Über eine Einladung zu einem persönlichen Gespräch freue ich mich.\n\nMit freundlichen Grüßen\n\nTobias Reinartz\n\n--\n"
      "Tobias Reinartz\nNeusser Straße 311 · 50733 Köln\nTel.: 0176 4821 3390\n");
  CHECK(skill_items(resume) == std::vector<std::string>{"SAP PM", "MS Office"});
}

TEST_CASE("Markdown with an HTML table: the header row's cells part into words and name no school") {
  auto resume = parse_text(
      "# Giulia Ferri\n\ngiulia@example.it\n\n## Formazione\n\n<table>\n"
      "  <tr><th>Periodo</th><th>Titolo</th><th>Istituto</th><th>Voto</th></tr>\n  <tr>\n    <td>2016 – 2018</td>\n"
      "    <td>Laurea Magistrale in Informatica</td>\n    <td>Alma Mater Studiorum – Università di Bologna</td>\n"
      "    <td>110/110 e lode</td>\n  </tr>\n</table>\n",
      "cv.md");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Alma Mater Studiorum – Università di Bologna");
  CHECK(resume.education[0].study_type == "Laurea Magistrale");
}

TEST_CASE("a standard's edition glued after its colon is no year: 'ISO 14001:2015.' wrapped under a duty dates nothing") {
  CHECK_FALSE(find_date("14001:2015.").has_value());
  CHECK_FALSE(find_date("certificação ISO/IEC 27001:2022").has_value());
  CHECK(find_date("Desde: 2015").has_value());
}

TEST_CASE("'Vetreria Scaligera S.p.A. – San Martino Buon Albergo (VR)': a province's code vouches for a town of four names") {
  auto resume = parse_text(
      "Federica Zanella\nfederica@example.it\n\nESPERIENZE PROFESSIONALI\n\nPeriodo   mar 2021 – oggi\n"
      "Azienda   Vetreria Scaligera S.p.A. – San Martino Buon Albergo (VR)\nRuolo   Controller di Gestione Senior\n"
      "• Budget annuale e forecast trimestrali.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Vetreria Scaligera S.p.A.");
  CHECK(resume.work[0].location == "San Martino Buon Albergo (VR)");
}

TEST_CASE("review: '--' parting plain-text entries ends no section; 'Kind regards' inside a CV is no closing either") {
  auto resume = parse_text(
      "Maria Lopez\nmaria@example.com\n\nEXPERIENCE\nSenior Product Designer\nStripe, San Francisco, CA\n2019 – Present\n"
      "- Led checkout redesign\n--\nProduct Designer\nSquare, San Francisco, CA\n2016 – 2019\n- Designed seller dashboard\n--\n"
      "UX Designer\nIDEO, Palo Alto, CA\n2014 – 2016\n- Ran user research\n");
  CHECK(resume.work.size() == 3);
}

TEST_CASE("review: towns after word-like state codes, initialled towns and countries after no address keep their places") {
  CHECK(parse_text("Jo Park\njo@example.com | Fort Wayne IN\n\nSummary\n\nAnalyst.\n").contact.city == "Fort Wayne");
  CHECK(parse_text("Jo Park\njo@example.com | Idaho Falls ID\n\nSummary\n\nAnalyst.\n").contact.city == "Idaho Falls");
  CHECK(parse_text("Jo Park\njo@example.com | W. Palm Beach, FL\n\nSummary\n\nAnalyst.\n").contact.city == "W. Palm Beach");
  auto notice = parse_text("Alex Martin\nalex@example.com | Notice period: 30 days, negotiable | India\n\nSummary\n\nAnalyst.\n");
  CHECK(notice.contact.country_code == "IN");
  CHECK(notice.contact.city.empty());
}

TEST_CASE("review: 'Curso:' and 'Início:' under an entry written out are remarks, not a form's rows") {
  auto resume = parse_text(
      "Fernanda Oliveira\nfernanda@example.com.br\n\nFORMAÇÃO ACADÊMICA\nGraduação em Engenharia Civil\n"
      "Universidade Federal do Paraná\n2012 – 2017\n\nPós-graduação em Gestão de Projetos\nFGV\n2018 – 2019\n"
      "Curso: MBA Executivo\nInício: 03/2018\n");
  REQUIRE(resume.education.size() >= 2);
  CHECK(resume.education[0].institution == "Universidade Federal do Paraná");
  CHECK(resume.education[0].start.year == 2012);
}

TEST_CASE("review: German 'u.a.' (among others) closing a client list is no Dutch 'U.A.' cooperative") {
  auto resume = parse_text(
      "Jan Weber\njan@example.de\n\nBERUFSERFAHRUNG\n\n01/2015 – heute   SAP-Berater\nKunden: Allianz, Munich Re u.a.\n"
      "- Einführung von SAP FI/CO\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "SAP-Berater");
}

TEST_CASE("review: letters and a year in brackets date a degree; a founder's firm founded that year dates the job") {
  CHECK(find_date("Harvard Business School (MBA 2019)").has_value());
  auto resume = parse_text("Ana Ruiz\nana@example.com\n\nExperience\n\nFounder & CEO\nBrightleaf Labs (founded 2015)\n- Raised a seed round.\n");
  CHECK(resume.work.size() == 1);
}

TEST_CASE("review: 'Sincerely' naming the last job's firm closes no letter; degree and title letters over a name stay") {
  auto firm = parse_text(
      "Lee Chan\nlee@example.com\n\nExperience\n\niOS Engineer\nSincerely\n2011 – 2014\n- Built the Postagram app.\n");
  CHECK(firm.work.size() == 1);
  auto degree = parse_text("Sam Hill\nsam@example.co.uk\n\nEducation\n\n2015 – 2018\nBA\nBath Spa University\n");
  REQUIRE(degree.education.size() == 1);
  CHECK(degree.education[0].study_type == "BA");
}

TEST_CASE("a bullet's last line closing its sentence with a date in brackets ('EWM (mise en service 11.2024).') opens no entry") {
  auto resume = parse_text(
      "Sébastien Monnier\nseb@example.ch\n\nExpériences professionnelles\n\nResponsable d'entrepôt adjoint\n"
      "Logistique Léman SA · Bussigny\n04.2020 – aujourd'hui\n"
      "• Chef de projet métier pour la migration du WMS maison vers SAP\nEWM (mise en service 11.2024).\n"
      "• Réduction du taux d'erreurs de préparation de 0,9 % à 0,3 %.\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].highlights.size() == 2);
}
