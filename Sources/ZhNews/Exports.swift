// The records are the library's vocabulary: a user of `ZhNews` reads them without a second import.
@_exported import ZhNewsModel
