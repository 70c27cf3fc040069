"""The words of the terminal reports: ``msoko check`` (the coverage table, the totals) and ``msoko evaluate``."""

from __future__ import annotations

ERROR_FORMS = ("ошибка", "ошибки", "ошибок")
WARNING_FORMS = ("предупреждение", "предупреждения", "предупреждений")
TOTALS = "Итого: {errors}, {warnings}."

# The coverage table of ``msoko check``.
PART_HEADERS = ("цель", "задачи", "показ.", "методы", "сроки", "критерии")
CATALOG = "Каталог механизмов: {title}"
CODE_COLUMN = "код"
MECHANISM_COLUMN = "механизм"
CYCLE_COLUMN = "цикл"
COVERAGE_LEGEND = "✓ заполнено  ✗ пусто  … заглушка  — нет Положения  ! Положение с ошибками"
COVERAGE_TOTAL = "Положения: {complete} из {count} механизмов заполнены полностью."
PROJECT = "Проект: {authority}"

# The self-assessment of ``msoko evaluate``.
EVALUATION_TITLE = "Самооценка {year} года. {criteria}."
POINTS_COLUMN = "баллы"
EVALUATION_TOTAL = "Всего: {earned}/{possible} ({percent})."
LATE_DOCUMENTS = "Документы, датированные позже срока (в баллах не учтены):"
WEAKEST_STEPS = "  слабые шаги цикла: {steps}"
ADVICE_NO_REGULATION = "создайте Положение о мониторинге: msoko new {code}"
ADVICE_FOR_INDICATORS = "{advice} у показателей {codes}"
ADVICE_COUNT = "{advice} (сейчас {count}, нужно не менее {minimum})"
ADVICE_MADE_ELSEWHERE = (
    "{advice}: нужен документ за {year}\u00a0год; msoko составил такой за {made_for}\u00a0год — он войдёт в "
    "самооценку {made_for}\u00a0года"
)
EVALUATION_YEAR_SET = "Год самооценки ({year}) задан в сведениях для самооценки, в поле «год самооценки»."
EVALUATION_MADE_ELSEWHERE = (
    "Документы мониторинга, которые составил msoko (аналитические справки, адресные рекомендации, приказы об "
    "итогах), по {mechanisms} — за {made_for}\u00a0год: они войдут в самооценку {made_for}\u00a0года, в самооценке "
    "за {year}\u00a0год их нет."
)
EVALUATION_MECHANISMS = ("механизму {codes}", "механизмам {codes}")
EVALUATION_HOW = (
    "Чтобы получить самооценку за {years}\u00a0год, укажите этот год в сведениях для самооценки (поле «год "
    "самооценки») и внесите туда документы этого года, которых msoko не составляет: приказ о проведении "
    "мониторинга, отчёт о выполнении плана мероприятий, аналитическую справку об эффективности принятых мер."
)
EVALUATION_YEARS_OR = " или "
