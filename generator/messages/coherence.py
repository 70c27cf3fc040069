"""What the coherence checks say about a text (shared by ``check`` on the sources and ``lint`` on a document)."""

from __future__ import annotations

# Abbreviations.
ABBREVIATION_INSIDE_NAME = ("сокращение «{abbreviation}» введено внутри названия: после «(далее — {abbreviation})» "
                            "название продолжается («{continued}»); поставьте «(далее — …)» после полного названия")
ABBREVIATION_LATE = ("полное название «{full}» употреблено раньше, чем введено сокращение «{name}»: «(далее — {name})» "
                     "ставится при первом упоминании")
ABBREVIATION_SPELLED_OUT = ("после введения сокращения «{name}» полное название «{full}» написано снова: дальше пишется "
                            "«{name}»")
ABBREVIATION_DEFINITION_CONTINUES = ("при первом употреблении «{term}» раскрывается полным названием «{definition}», а "
                                     "название продолжается («{continued}»): «(далее — {term})» окажется внутри "
                                     "названия; включите продолжение в полное название сокращения или уберите его")

# Acts.
EXECUTOR_CONTROLS = ("«{executor}» — и исполнитель пункта, и контролирующий исполнение акта: контроль возлагается на "
                     "другое должностное лицо (вышестоящее) или остаётся за подписавшим акт")

# Wording, dates and figures.
AND_MORE = " и ещё {count}"
COLLOQUIAL = "разговорное или неофициальное выражение «{phrase}»: в официальном тексте — {replacement}"
NAMED_BEFORE_IT_EXISTED = "документ датирован {dated}, а называет «{phrase}»: {name} — только с {since} ({act})"
CITES_LATER_STANDARD = "документ датирован {dated}, а ссылается на «{phrase}», принятый в {year} году"
CITES_LATER_ACT = ("акт № {number} от {cited} издан позже документа, который на него ссылается (документ датирован "
                   "{dated}): акт ссылается только на ранее изданные акты")
FIGURES_WITHOUT_SOURCE = ("числа о сети ({figures}) без {missing}: укажите, откуда они и на какую дату («по данным формы "
                          "№ ОО-1 на 20.09.2020»)")
FIGURES_SOURCE = "источника"
FIGURES_DATE = "даты"
FIGURES_MISSING_JOINED = " и "
SECOND_NAME = "«{phrase}» — второе название для «{preferred}»: во всех документах одна вещь называется одинаково"

# The timeline: deadlines against the periods they collect.
FOURTH_QUARTER_LATE = ("данные за IV квартал поступают {wording} — в январе следующего года, после аналитической справки "
                       "(«{report}»): назначьте срок справки после сбора данных за год или считайте год по I–III "
                       "кварталам и IV кварталу предыдущего года")
CALENDAR_YEAR_EARLY = ("данные за календарный год собираются {wording} — раньше, чем год кончается (31 декабря); "
                       "укажите год: «{due} года, следующего за отчётным» или период «предыдущий календарный год»")
SCHOOL_YEAR_EARLY = ("данные за учебный год собираются {wording} — до окончания учебного года; назначьте срок после "
                     "окончания учебного года или укажите «за предыдущий учебный год»")
UNTIL_DAY = "до {day}"
NO_DEADLINES = "сроки не названы"
DEADLINE_NOT_IN_SCHEDULE = ("срок показателя {indicator} «{due}» не назван в разделе «Периодичность и сроки проведения» "
                            "(там: {listed}); приведите раздел и таблицу к одним срокам")
NO_DATES = "дат нет"
ROADMAP_DEADLINE_DISAGREES = ("срок «{due}» мероприятия дорожной карты не совпадает со сроками Положения о мониторинге "
                              "механизма {mechanism} ({listed})")
EVIDENCE_LATE = ("документ ({kind} от {dated}) датирован позже срока, установленного Положением о мониторинге "
                 "механизма {mechanism} («{deadline}»): он не засчитывается как представленный в срок")
NUMBER_TWICE = "номер № {number} {year} года присвоен двум документам: {first} от {first_date} и {second} от {dated}"
