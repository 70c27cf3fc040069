"""The project profile: the authority, its head, the chosen catalog, approving acts, layout."""

from __future__ import annotations

import datetime
from typing import Literal

from pydantic import Field

from .base import Code, Identifier, InitialsAndSurname, SourceModel, Text
from .catalog import Mechanism


class Authority(SourceModel):
    """The education authority that issues the documents."""

    full_name: Text = Field(
        title="полное наименование",
        description="Полное наименование органа: «Управление образования администрации Копейского городского округа».",
    )
    short_name: Text = Field(title="сокращённое наименование", description="Сокращение: «УО».")
    region: Text = Field(title="субъект РФ", description="Субъект Российской Федерации: «Челябинская область».")
    municipality: Text = Field(
        title="муниципальное образование", description="Муниципальное образование: «Копейский городской округ»."
    )
    place: Text = Field(title="место издания", description="Место издания документов: «г. Копейск».")
    letterhead: list[Text] = Field(
        min_length=1,
        title="строки бланка",
        description="Строки реквизита «наименование организации» на бланке, сверху вниз.",
    )
    contacts: list[Text] = Field(
        default_factory=list,
        title="справочные данные",
        description="Строки справочных данных на бланке письма под наименованием органа: почтовый адрес, телефон, "
        "адрес электронной почты (ГОСТ Р 7.0.97-2025). Печатаются на письмах — адресных рекомендациях.",
    )


class Signatory(SourceModel):
    """The head of the authority who signs the documents."""

    position: Text = Field(title="должность", description="Должность подписанта: «Начальник управления образования».")
    name: InitialsAndSurname = Field(
        title="инициалы и фамилия",
        description="Инициалы и фамилия: «А.А. Ангеловский».",
    )


class Issuer(SourceModel):
    """Another body that issues acts, e.g. the administration that adopts a постановление."""

    full_name: Text = Field(
        title="наименование", description="Наименование: «Администрация Копейского городского округа»."
    )
    letterhead: list[Text] = Field(min_length=1, title="строки бланка", description="Строки бланка, сверху вниз.")
    head: Signatory = Field(title="руководитель", description="Кто подписывает акты этого органа.")


class Margins(SourceModel):
    """Page margins in millimetres (ГОСТ Р 7.0.97-2025: at least 20/10/20/20)."""

    left: int = Field(default=30, ge=20, le=40, title="левое поле, мм", description="Не менее 20 мм.")
    right: int = Field(default=10, ge=10, le=30, title="правое поле, мм", description="Не менее 10 мм.")
    top: int = Field(default=20, ge=20, le=40, title="верхнее поле, мм", description="Не менее 20 мм.")
    bottom: int = Field(default=20, ge=20, le=40, title="нижнее поле, мм", description="Не менее 20 мм.")


class Layout(SourceModel):
    """Page and text settings of the generated documents."""

    margins: Margins = Field(default_factory=Margins, title="поля страницы", description="Поля страницы, мм.")
    font_size: int = Field(
        default=14, ge=12, le=14, title="кегль", description="Размер шрифта основного текста, 12–14."
    )
    date_format: Literal["цифровой", "словесно-цифровой"] = Field(
        default="цифровой",
        title="формат даты",
        description="«цифровой»: 05.06.2025; «словесно-цифровой»: 5 июня 2025 г.",
    )
    approval_block: Literal["stamp", "appendix", "both"] = Field(
        default="stamp",
        title="реквизиты утверждения",
        description="Что ставится в правом верхнем углу утверждённого документа — один реквизит (ГОСТ Р "
        "7.0.97-2025): гриф «УТВЕРЖДЕНО приказом … от … № …» (как в образцах; с номером приложения, "
        "если акт утверждает несколько документов) или отметка «Приложение N к приказу … от … № …»; "
        "прежний выбор «и то и другое» ставит гриф.",
    )


class MethodicalService(SourceModel):
    """The service that analyses the monitoring's results and advises the organizations: it writes the аналитические
    справки and the адресные рекомендации and signs them."""

    name: Text = Field(
        title="наименование",
        description="Наименование, как его пишут Положения о мониторинге, в именительном падеже: «Муниципальный "
        "методический центр».",
    )
    head: Signatory = Field(title="руководитель", description="Кто подписывает справки и рекомендации.")
    letterhead: list[Text] = Field(
        default_factory=list,
        title="бланк",
        description="Строки бланка письма службы, если она — отдельная организация: вышестоящий орган, затем её "
        "официальное наименование по уставу. Без них письмо идёт на бланке органа с наименованием службы.",
    )
    contacts: list[Text] = Field(
        default_factory=list,
        title="адрес и контакты",
        description="Почтовый адрес, телефон и электронная почта службы; без них — органа.",
    )
    executor: Text = Field(
        default="",
        title="исполнитель",
        description=(
            "Отметка об исполнителе в конце письма и приказа (ГОСТ Р 7.0.97-2025, п. 5.26: фамилия, имя, отчество и "
            "телефон): «Исполнитель: Смирнова Ирина Петровна, тел. 8 (35139) 3-55-21»."
        ),
    )


class SignedOrder(SourceModel):
    """A приказ «Об итогах мониторинга …» of one mechanism for one year, as registered: the date and number the year's
    documents take from it instead of those planned from the Положение's schedule."""

    year: int = Field(ge=2000, le=2100, title="год мониторинга", description="Год, итоги которого подводит приказ.")
    mechanism: Code = Field(title="механизм", description="Код механизма, по которому издан приказ: «1.1».")
    date: datetime.date = Field(
        title="дата приказа",
        description="Дата подписания приказа. По ней датируются аналитическая справка (и её гриф «УТВЕРЖДЕНА»), "
        "приказ и ссылка на него в адресных рекомендациях; от неё отсчитываются сроки, которые ставит приказ.",
    )
    number: str = Field(
        default="",
        title="номер приказа",
        description="Регистрационный номер: «245»; без него в документах — «№ ______».",
    )


class Monitoring(SourceModel):
    """The monitoring year's documents: which year msoko writes them for and who signs them."""

    year: int | None = Field(
        default=None,
        ge=2000,
        le=2100,
        title="год мониторинга",
        description="Год, за который составляются аналитические справки, адресные рекомендации и приказы об итогах "
        "мониторинга; без него — последний год, за который собраны данные мониторинга.",
    )
    service: MethodicalService | None = Field(
        default=None,
        title="методическая служба",
        description="Кто готовит справки и рекомендации; без неё их подписывает руководитель органа.",
    )
    control: Text = Field(
        default="",
        title="контроль исполнения приказов об итогах",
        description="На кого возлагается контроль за исполнением приказов об итогах мониторинга, в винительном падеже: "
        "«заместителя начальника управления образования И.И. Иванова»; без него — «оставляю за собой».",
    )
    orders: list[SignedOrder] = Field(
        default_factory=list,
        title="приказы об итогах мониторинга",
        description="Дата и номер подписанного (или готовящегося к подписи) приказа об итогах мониторинга механизма "
        "за год. Без записи приказ и справка датируются последним рабочим днём срока аналитической справки по "
        "Положению о мониторинге, а номер остаётся для регистрации.",
    )


class Review(SourceModel):
    """How the lawyer's review copies are made."""

    author: Text = Field(
        default="msoko",
        title="автор исправлений",
        description="Автор исправлений в режиме рецензирования: «Отдел оценки качества образования УО».",
    )


class Project(SourceModel):
    """regulations/project.yaml: who issues the documents and with which catalog."""

    authority: Authority = Field(title="орган управления образованием", description="Орган, издающий документы.")
    head: Signatory = Field(title="руководитель", description="Руководитель органа, подписывающий документы.")
    catalog: Identifier = Field(
        title="редакция каталога механизмов",
        description="Редакция перечня механизмов: федеральный перечень (4+4) или перечень апробации 2020 года (9 "
        "систем).",
    )
    local_mechanisms: list[Mechanism] = Field(
        default_factory=list,
        title="местные механизмы",
        description="Механизмы, которые муниципалитет добавляет к выбранной редакции.",
    )
    administration: Issuer | None = Field(
        default=None,
        title="администрация",
        description="Администрация муниципального образования: издаёт постановления (например, о Концепции).",
    )
    layout: Layout = Field(default_factory=Layout, title="оформление", description="Оформление документов.")
    review: Review = Field(
        default_factory=Review, title="рецензирование", description="Параметры сравнения с утверждёнными версиями."
    )
    monitoring: Monitoring = Field(
        default_factory=Monitoring,
        title="документы мониторинга",
        description="Год мониторинга, кто готовит справки и рекомендации, даты и номера приказов об итогах.",
    )


__all__ = [
    "Authority",
    "Code",
    "Issuer",
    "Layout",
    "Margins",
    "MethodicalService",
    "Monitoring",
    "Project",
    "Review",
    "SignedOrder",
    "Signatory",
]
