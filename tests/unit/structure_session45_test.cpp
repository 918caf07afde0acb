// Held-out rounds 81–104 leftovers: what session 45's documents taught.
#include <doctest/doctest.h>

#include <algorithm>

#include "linter/document.h"
#include "linter/structure/dates.h"
#include "linter/structure/headings.h"
#include "linter/structure/line_text.h"
#include "resume_test_helpers.h"

using namespace atslint;

namespace {

std::vector<std::string> companies_of(const std::string& experience_lines) {
  auto resume = parse_text("Asha Rao\nasha@example.com\n+44 20 7946 0000\n\nExperience\n\n" + experience_lines);
  std::vector<std::string> companies;
  for (const auto& entry : resume.work) companies.push_back(entry.company);
  return companies;
}

TextRun run_at(const std::string& text, double x0, double x1, double size) {
  TextRun run;
  run.text = text;
  run.size = size;
  run.location.page = 1;
  run.location.box = Box{x0, 100, x1, 100 + size};
  return run;
}

}  // namespace

TEST_CASE("under the title's own line, an employer's unit after its dash stays in the employer's name") {
  CHECK(companies_of("Labourer (seasonal)                      2010 to 2012\n"
                     "City of Prince Albert – Roads and Parks – Prince Albert, SK\n- Cleared snow from arterial roads\n") ==
        std::vector<std::string>{"City of Prince Albert – Roads and Parks"});
  CHECK(companies_of("Infermiera\nResidenza Il Pineto – RSA · Osimo (AN)\nset 2016 – feb 2019\n- Assistenza agli ospiti\n") ==
        std::vector<std::string>{"Residenza Il Pineto – RSA"});
  CHECK(companies_of("Volunteer Firefighter                    2018 – 2021\nNSW Rural Fire Service – Eumungerie Brigade\n"
                     "- Attended grass fires\n") == std::vector<std::string>{"NSW Rural Fire Service – Eumungerie Brigade"});
  // A town after the dash is the job's place, not a unit.
  auto towns = companies_of("Conductor de camión                      2010 - 2012\nTransportes Hermanos Pastor, S.A. − Elche (Alicante)\n"
                            "- Rutas nacionales\n\nEngenheiro de moldes                     2012 - 2015\n"
                            "Iberomoldes Plásticos, S.A. – Marinha Grande\n- Projeto de moldes\n");
  CHECK(towns == std::vector<std::string>{"Transportes Hermanos Pastor, S.A.", "Iberomoldes Plásticos, S.A."});
}

TEST_CASE("an en dash meeting another type across a narrow gap is a spaced separator") {
  // The employer in bold at 10 pt, "– Saint-Nazaire" at 9 pt, 1.8 pt apart (TeX's space in a TikZ node).
  CHECK(word_break_between(run_at("Estuaire Congrès & Tourisme", 60.0, 164.1, 10), run_at("– Saint-Nazaire", 165.9, 222.1, 9)));
  // Small capitals changing size inside a word stay joined.
  CHECK_FALSE(word_break_between(run_at("T", 125.3, 131.0, 10), run_at("OURISME", 132.5, 164.1, 9)));
  // Session 49: a name in large type, then "PhD" smaller after a 1.7 pt space: a lower-case end meets a capital.
  CHECK(word_break_between(run_at("Owen Thackeray", 48.2, 224.3, 20.7), run_at("PhD MRSC", 226.0, 277.6, 14.3)));
  CHECK_FALSE(word_break_between(run_at("Thackeray", 114.1, 224.3, 20.7), run_at("ph", 224.4, 236.6, 14.3)));
}

TEST_CASE("a town with its province code after an employer's dash is the job's place, not an Aktiebolag") {
  auto resume = parse_text("Sam Lee\nsam@example.ca\n\nExperience\n\nLube & Tire Technician      Jun 2013 – Apr 2015\n"
                           "Prairie Lube & Tire – Lloydminster, AB\n• Fluid services and tire changes\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Prairie Lube & Tire");
  CHECK(resume.work[0].location == "Lloydminster, AB");
}

TEST_CASE("a mine's roster under the dates names no employer") {
  auto resume = parse_text("Sam Lee\nsam@example.ca\n\nExperience\n\nMar 2019 – Present     Heavy Equipment Technician\n"
                           "14/14 rotation   Athabasca Fleet Services Ltd. – Fort McMurray, AB\n• Troubleshoot haul trucks\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Athabasca Fleet Services Ltd.");
}

TEST_CASE("an Indian CV: total experience above the jobs, a duration in words, a state's dotted initials") {
  auto resume = parse_text(
      "Rohit Sharma\nrohit@example.com\n+91 98160 12345\n\nPROFESSIONAL EXPERIENCE\n\n"
      "Total experience: 10 years in Quality Control (USFDA / MHRA approved plants).\n\n"
      "Executive -- Quality Control, Shivalik Lifesciences Ltd., Baddi (H.P.)\n\nDuration: 01 Aug 2020 to till date\n\n"
      "   * Analysis of finished products by HPLC\n\n"
      "Trainee Chemist, Parwanoo Drugs & Chemicals, Parwanoo (H.P.)\n\nDuration: 01 Jan 2016 to 14 Jun 2017 (six months)\n\n"
      "   * Wet chemistry\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Executive – Quality Control");
  CHECK(resume.work[0].company == "Shivalik Lifesciences Ltd.");
  CHECK(resume.work[1].position == "Trainee Chemist");
  CHECK(resume.work[1].company == "Parwanoo Drugs & Chemicals");
  CHECK(resume.work[1].location == "Parwanoo (H.P.)");
}

TEST_CASE("contact labels in capitals inside one line part its values") {
  auto resume = parse_text("Emre Yildirim\nMagazijnier\n\nGSM +32 478 52 19 64 E-MAIL emre@telenet.be ADRES 3600 Genk, Limburg\n\n"
                           "WERKERVARING\n\nMagazijnier   2020 - heden\nLCC Logistics NV · Genk\n- Orderpicking\n");
  CHECK(resume.contact.city == "Genk");
  CHECK(resume.contact.phone == "+32 478 52 19 64");
}

TEST_CASE("Markdown: a backslash before punctuation prints the punctuation") {
  auto resume = parse_text("# Jana Wolters\n\n| Telefon | \\+49 171 5529084 |\n|---|---|\n| E\\-Mail | jana@web.de |\n\n"
                           "## Berufserfahrung\n\n**Rhein\\-Wied Logistik GmbH**, Neuwied — *Disponentin*\n\n10/2019 \\- 12/2021\n\n"
                           "* Führung von 6 Disponent\\*innen\n",
                           "cv.md");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Rhein-Wied Logistik GmbH");
  CHECK(resume.work[0].end.year == 2021);
  REQUIRE(resume.work[0].highlights.size() == 1);
  CHECK(resume.work[0].highlights[0] == "Führung von 6 Disponent*innen");
}

TEST_CASE("text: Apple Pages' line separators (U+2028) break lines") {
  auto resume = parse_text("Joana Reis\njoana@example.pt\n\nEXPERIÊNCIA\n\nChefe de Receção\u2028Hotel Baía Dourada, Albufeira\u2028"
                           "março 2019 – presente\n• Gestão da equipa de receção\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].position == "Chefe de Receção");
  CHECK(resume.work[0].company == "Hotel Baía Dourada");
  CHECK(resume.work[0].start.year == 2019);
}

TEST_CASE("school and academic years: '2018/19' runs from 2018 to 2019, a range of them to the last one's end") {
  auto single = find_date("Curso 2018/19        Profesora en prácticas");
  REQUIRE(single);
  CHECK(single->start.year == 2018);
  CHECK(single->end.year == 2019);
  CHECK(single->begin == 0);  // "Curso" belongs to the dates
  auto range = find_date("a.s. 2014/15 – 2017/18    Insegnante supplente annuale");
  REQUIRE(range);
  CHECK(range->start.year == 2014);
  CHECK(range->end.year == 2018);
  CHECK(range->begin == 0);
  // Not a school year: the second figures do not follow the first year, a fiscal year, a version in a name.
  auto other = find_date("Projekt 2018/24");
  REQUIRE(other);
  CHECK_FALSE(other->range);
  auto fiscal = find_date("FY 2019/20 budget owner");
  REQUIRE(fiscal);
  CHECK_FALSE(fiscal->range);
  auto version = find_date("Microsoft Dynamics NAV 2015/16 Consultant");
  REQUIRE(version);
  CHECK_FALSE(version->range);
  auto full = find_date("a.a. 2011/2012 – 2013/2014");
  REQUIRE(full);
  CHECK(full->start.year == 2011);
  CHECK(full->end.year == 2014);
}

TEST_CASE("a title indented under its employer, over 'dates · town', heads the role") {
  auto resume = parse_text("Siddharth Khare\nsid@example.com\n\nWork Experience\n\nNarmada Consumer Products Ltd.\n"
                           "    Regional Sales Manager – MP & Chhattisgarh\n    Apr 2021 – Present · Bhopal\n    - Own primary sales\n\n"
                           "    Area Sales Manager\n    Jul 2017 – Mar 2021 · Jabalpur\n    - Managed 6 Sales Officers\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Regional Sales Manager – MP & Chhattisgarh");
  CHECK(resume.work[0].company == "Narmada Consumer Products Ltd.");
  CHECK(resume.work[0].location == "Bhopal");
}

TEST_CASE("a name, then a tagline at half its size well over a word space after it, are two cells") {
  Line line;
  line.runs = {run_at("Sanne ter Horst", 51.0, 159.4, 16), run_at("INTERIEURARCHITECTUUR", 171.2, 290.0, 9)};
  line.runs[1].font = "Lato-Regular";
  line.runs[0].font = "Lato-Bold";
  line.text = "Sanne ter Horst INTERIEURARCHITECTUUR";
  line.location.page = 1;
  line.location.box = Box{51.0, 100, 290.0, 116};
  CHECK(layout_text(line) == "Sanne ter Horst   INTERIEURARCHITECTUUR");
  // A word space between the same sizes stays one.
  line.runs = {run_at("Sanne ter", 51.0, 116.9, 16), run_at("Horst", 121.2, 159.4, 16)};
  line.runs[1].font = line.runs[0].font = "Lato-Bold";
  line.text = "Sanne ter Horst";
  CHECK(layout_text(line) == "Sanne ter Horst");
}

TEST_CASE("a public-sector application sheet: date bars over labelled employer, place and title rows") {
  auto resume = parse_text(
      "Interamt.de – Bewerbung Nr. 48213907\n\n1. Persönliche Angaben\nVorname   Katharina\nNachname   Brüggemann\n"
      "Straße, Hausnummer   Königswall 58\nPLZ, Ort   32423 Minden\nTelefon (privat)   0571 3859217\nE-Mail   k.b@posteo.de\n\n"
      "4. Studium / Berufsausbildung\n10/2010 – 09/2014   Fachhochschule Bielefeld   Bachelor of Engineering\n\n"
      "5. Beruflicher Werdegang\n04/2020 – heute\nArbeitgeber   Stadt Porta Westfalica, Fachbereich 3 – Tiefbau\n"
      "Ort   Porta Westfalica\nPosition / Tätigkeit   Bauingenieurin, stellv. Sachgebietsleitung Straßenbau\n"
      "Aufgaben   Planung und Bauüberwachung kommunaler Straßen\n• Erstellung von Leistungsverzeichnissen\n"
      "04/2017 – 03/2020\nArbeitgeber   Ingenieurbüro Hölscher + Partner GmbH\nOrt   Bielefeld\n"
      "Position / Tätigkeit   Projektingenieurin Verkehrsanlagen\nAufgaben   Entwurfsplanung für Ortsdurchfahrten\n\n"
      "6. Fort- und Weiterbildungen\n11/2023   Sachkundenachweis Verkehrssicherung   Technische Akademie Wuppertal\n");
  CHECK(resume.contact.phone == "0571 3859217");
  CHECK(resume.contact.city == "Minden");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].position == "Bauingenieurin, stellv. Sachgebietsleitung Straßenbau");
  CHECK(resume.work[0].company == "Stadt Porta Westfalica, Fachbereich 3 – Tiefbau");
  CHECK(resume.work[0].location == "Porta Westfalica");
  CHECK(resume.work[0].start.year == 2020);
  CHECK(resume.work[1].company == "Ingenieurbüro Hölscher + Partner GmbH");
  CHECK(resume.work[1].end.year == 2020);
  CHECK(canonical_section("6. Fort- und Weiterbildungen").canonical == "certifications");
  CHECK(canonical_section("4. Studium / Berufsausbildung").canonical == "education");
}

TEST_CASE("a recruiter's side card among the jobs: a birth date beside its label opens no entry") {
  auto resume = parse_text("Javier Nogales\njnogales@hotmail.com\n\nExperiencia laboral\n\nTécnico de mantenimiento industrial\n"
                           "Hortícolas del Guadiana, S.A.\nMontijo (Badajoz) · mar. 2018 - actualidad\n"
                           "Fecha de nacimiento   11/03/1994\nNacionalidad   Española\n• Mantenimiento preventivo y correctivo\n\n"
                           "Oficial de 1a electromecánico\nMontajes Eléctricos Pacenses, S.L.\nBadajoz · sep. 2014 - feb. 2018\n"
                           "• Montaje de cuadros eléctricos\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Hortícolas del Guadiana, S.A.");
  CHECK(resume.work[1].company == "Montajes Eléctricos Pacenses, S.L.");
}

TEST_CASE("German streets named without a street word ('Am Hoptbühl 14') vouch for the postcode and town below") {
  auto stacked = parse_text("Markus Kienzle\nAm Hoptbühl 14\n78048 Villingen-Schwenningen\nmarkus.kienzle@web.de\n\n"
                            "BERUFLICHER WERDEGANG\n\nseit 04/2019   Servicetechniker\n");
  CHECK(stacked.contact.city == "Villingen-Schwenningen");
  auto beside = parse_text("Markus Kienzle                                   Am Hoptbühl 14\n"
                           "                                                 78048 Villingen-Schwenningen\n"
                           "Kälteanlagenbauermeister · Servicetechniker      Mobil: 0176 44 18 20 93\n"
                           "Klimatechnik                                     markus.kienzle@web.de\n\nBERUFLICHER WERDEGANG\n\n"
                           "seit 04/2019   Servicetechniker\n");
  CHECK(beside.contact.city == "Villingen-Schwenningen");
}

TEST_CASE("review 45: an employer with its unit after the dash is its own employer, no unit under the last job's banner") {
  auto resume = parse_text(
      "Karen Dubois\nWinnipeg, MB · karen@example.com\n\nEXPERIENCE\n\nPolicy Analyst\n"
      "Government of Manitoba – Agriculture Department – Winnipeg, MB\nJun 2019 – Present\n- Drafted briefing notes.\n\n"
      "Program Officer\nCanada Revenue Agency – Collections Division – Winnipeg, MB\nJan 2015 – May 2019\n"
      "- Managed a caseload of 300 accounts.\n");
  REQUIRE(resume.work.size() == 2);
  CHECK(resume.work[0].company == "Government of Manitoba – Agriculture Department");
  CHECK(resume.work[1].company == "Canada Revenue Agency – Collections Division");
  // A state's initials after the dash are no unit.
  CHECK(companies_of("Fitter\nRio Tinto – NSW\n2016 – 2019\n- Maintained conveyors\n") == std::vector<std::string>{"Rio Tinto"});
}

TEST_CASE("review 45: a code span keeps its backslashes; a capital address label set apart is no town") {
  auto markdown = parse_text("# Lukas Brenner\n\nlukas@example.com\n\n## Berufserfahrung\n\n**DevOps Engineer**\n"
                             "Stadtwerke Neuwied GmbH\n04/2019 – heute\n\n- Pfade wie `C:\\Program Files\\App\\` migriert\n",
                             "cv.md");
  REQUIRE(markdown.work.size() == 1);
  REQUIRE(markdown.work[0].highlights.size() == 1);
  CHECK(markdown.work[0].highlights[0].find("C:\\Program Files\\App\\") != std::string::npos);
  auto labels = parse_text("Sofie Peeters\nGSM +32 470 55 01 23 E-MAIL sofie@example.be ADRES Hoogstraat 4, 3600 Genk, Limburg\n\n"
                           "WERKERVARING\n\n2019 - heden   Verpleegkundige\n");
  CHECK(labels.contact.city == "Genk");
  CHECK(labels.contact.region == "Limburg");
}

TEST_CASE("Word's multilevel list holding a career: each item but the duties' glyph opens an entry") {
  auto resume = parse_text(
      "Sandrine Meric\ns@orange.fr\n\nExpériences professionnelles\n\n"
      "■ Adjointe au responsable de magasin – Textiles Bérard SAS, Saint-Étienne (42)\tsept. 2014 – févr. 2019\n"
      "– Remplacement du responsable\n■ Supermarché Colombier, Riorges (42)\tjuin 2009 – août 2014\n"
      "◦ Responsable du rayon textile (sept. 2011 – août 2014)\n– Gestion d’un rayon de 280 m2\n"
      "◦ Employée commerciale polyvalente (juin 2009 – août 2011)\n– Mise en rayon\n"
      "■ Stage de vente (8 semaines) – Boutique Les Marronniers, Roanne\tjanv. – févr. 2008\n– Vente conseil\n");
  REQUIRE(resume.work.size() == 4);
  CHECK(resume.work[1].position == "Responsable du rayon textile");
  CHECK(resume.work[1].company == "Supermarché Colombier");
  CHECK(resume.work[2].company == "Supermarché Colombier");
  CHECK(resume.work[3].position == "Stage de vente");
  CHECK(resume.work[3].company == "Boutique Les Marronniers");
}

TEST_CASE("Dutch brothers' firms: 'Gebr.' opens no town") {
  CHECK(companies_of("2015 – 2019   Uitvoerder\nAannemersbedrijf Gebr. Mulder, Ermelo\n- Bouwplaats\n") ==
        std::vector<std::string>{"Aannemersbedrijf Gebr. Mulder"});
}

TEST_CASE("a trade's apprenticeship named in English and a province's high-school diploma") {
  auto resume = parse_text("Sam Lee\nsam@example.ca\n\nEDUCATION & TRAINING\n\n2015 – 2019     Heavy Equipment Technician Apprenticeship\n"
                           "                Northern Alberta Institute of Technology (NAIT) – Edmonton, AB\n\n"
                           "2013            Alberta High School Diploma\n                Lakeland Composite High School – Lloydminster, AB\n");
  REQUIRE(resume.education.size() == 2);
  CHECK(resume.education[0].study_type == "Apprenticeship");
  CHECK(resume.education[0].area == "Heavy Equipment Technician");
  CHECK(resume.education[1].study_type == "Alberta High School Diploma");
  CHECK(resume.education[1].institution == "Lakeland Composite High School");
}

TEST_CASE("a freelancer's 'PROFIL - Name' title names the person") {
  auto resume = parse_text("PROFIL - Markus Brenner\nFreiberuflicher Inbetriebnahmeingenieur\n\nKONTAKT\n  E-Mail:         mb@example.de\n"
                           "  Standort:       73431 Aalen (Ostalbkreis)\n\nPROJEKTE\n\n03/2023 – 12/2024   Inbetriebnahme SPS\n");
  CHECK(resume.contact.name == "Markus Brenner");
}

TEST_CASE("a researcher's identifiers and a publication's DOI are no phone") {
  auto resume = parse_text("Sipho Ntshangase\nsipho@example.ac.za\nResearcherID: HKN-4417-2023\n\nPUBLICATIONS\n\n"
                           "Estuarine fish recruitment. African Journal of Marine Science. DOI: 10.2989/1814232X.2024.2311847\n\n"
                           "EXPERIENCE\n\n2020 – present   Lecturer, Rhodes University\n");
  CHECK(resume.contact.phone.empty());
}

TEST_CASE("an Italian province's code after the town closing an employer's name is no part of it") {
  CHECK(companies_of("a.s. 2014/15 – 2017/18    Insegnante supplente annuale\n"
                     "Istituto Comprensivo di Thiene e Istituto Comprensivo di Schio (VI)\n- Supplenze annuali\n") ==
        std::vector<std::string>{"Istituto Comprensivo di Thiene e Istituto Comprensivo di Schio"});
  auto resume = parse_text("Elena Rossi\nelena@example.it\n\nEsperienza\n\n2012 – 2016   Orafa\n"
                           "Ori Valdarno S.r.l., Civitella in Val di Chiana (AR)\n- Incastonatura\n");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Ori Valdarno S.r.l.");
  CHECK(resume.work[0].location == "Civitella in Val di Chiana (AR)");
  // The employer's own initials stay.
  CHECK(companies_of("2016 – 2019   Infermiera\nAzienda Sanitaria Locale (AS)\n- Reparto\n") ==
        std::vector<std::string>{"Azienda Sanitaria Locale (AS)"});
}
