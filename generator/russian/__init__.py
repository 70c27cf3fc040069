"""Russian language for generated text: morphology (pymorphy3) and typography."""

from .morphology import (MECHANISM_REGULATIONS, accusative, agreed, and_joined, appendix_phrase, approval_title, approval_word,
                         approving_act_phrase, count_phrase, format_document_date, inflect_phrase, lower_first,
                         normal_form, number_noun, number_sign, stated_word, title_in_sentence)
from .typography import NBSP, bind_last_word, typograph, typograph_text

__all__ = ["MECHANISM_REGULATIONS", "NBSP", "accusative", "agreed", "and_joined", "appendix_phrase", "approval_title", "approval_word",
           "approving_act_phrase", "bind_last_word", "count_phrase", "format_document_date", "inflect_phrase", "lower_first",
           "normal_form", "number_noun", "number_sign", "stated_word", "title_in_sentence", "typograph", "typograph_text"]
