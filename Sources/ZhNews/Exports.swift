// `import ZhNews` gives the whole pipeline: records, stages and their options.
@_exported import ZhNewsConverter
@_exported import ZhNewsExtractor
@_exported import ZhNewsModel
@_exported import ZhNewsParser
@_exported import ZhNewsRules
