"""Collection workbooks out and back: XLSX per mechanism made from the indicator passports (:mod:`.forms`), and
returned workbooks read, checked cell by cell and stored as the year's data (:mod:`.collect`); the use cases in
:mod:`.usecase`."""
