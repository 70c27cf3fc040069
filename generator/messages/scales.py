"""The messages of the scales' and totals' rules (generator/scales), as check and lint give them."""

from __future__ import annotations

SCALE_OWNER = "шкала показателя {code}"
TOTAL_OWNER = "итоговая сумма баллов"
TOTAL_GROUPS_OWNER = "{owner}: группы по сумме баллов"
SCALE_BAND_KIND = "{owner}: {problem}"
SCALE_BAND_NONE = "у уровня шкалы не указано ни значение («от», «до»), ни ответ, ни условие словами"
SCALE_BAND_SEVERAL = (
    "у уровня шкалы указано сразу несколько из: значение («от», «до»), ответ, условие словами; оставьте одно"
)
SCALE_BAND_RANGE_FOR_ANSWER = "показатель с единицей «да/нет» оценивается ответом «да» или «нет», а не числом"
SCALE_BAND_ANSWER_FOR_RANGE = "ответ «да» или «нет» подходит только показателю с единицей «да/нет»"
SCALE_ANSWER_TWICE = "{owner}: ответ «{answer}» оценён дважды"
SCALE_ANSWER_MISSING = "{owner}: ответ «{answer}» не оценён"
SCALE_REVERSED = "{owner}: в диапазоне «{band}» нет ни одного значения (нижняя граница не меньше верхней)"
SCALE_GAP = "{owner}: значения «{values}» не оценены — ни один уровень шкалы их не включает"
SCALE_OVERLAP = "{owner}: значения «{values}» оценены дважды — уровнями «{first}» и «{second}»"
SCALE_PRECISION = (
    "{owner}: границы записаны с разной точностью ({fine} и {coarse}); запишите все с одним числом знаков после запятой"
)
SCALE_MONOTONE = (
    "{owner}: баллы не возрастают и не убывают по шкале — «{band}» даёт {points}, а соседний уровень "
    "«{neighbour}» — {neighbour_points}"
)
TOTAL_WHOSE = {
    "ОО": "каждой ОО",
    "ДОО": "каждой ДОО",
    "руководитель": "каждого руководителя",
    "муниципалитет": "округа в целом",
}
TOTAL_LEVEL = (
    "{owner}: сумма считается для {whose}, но показатели {codes} собираются на другом уровне — их значение "
    "одно на округ, у отдельной организации его нет; уберите их из суммы или считайте сумму по округу"
)
TOTAL_UNREACHABLE = (
    "{owner}: группа «{name}» ({bound}) недостижима — максимальная сумма баллов по показателям\u00a0— {maximum}"
)
TOTAL_SHARE_UNREACHABLE = (
    "{owner}: группа «{name}» ({bound}) недостижима — доля от максимальной суммы баллов не превышает 100\u00a0%"
)
