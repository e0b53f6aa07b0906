using Pacts.Agents.Planning;
using Pacts.Agents.Planning.Llm;

namespace Pacts.Agents.UnitTests.Planning;

public sealed class LineReaderAnswerTests
{
    private static readonly UnreadLine[] Asked = [new(3, 1, "Pick the last size", false), new(5, 1, "Nothing to do", false)];

    [Fact]
    public void Parse_PlainJsonWithWordOrdinalAndEmptyLine_KeepsOrdinalAndGivesTheEmptyLineAnError()
    {
        const string answer = """
            {"lines":[{"line":3,"steps":[{"action":"select","target":"Size","value":"XL","ordinal":"last","values":null}],"error":null},
                      {"line":5,"steps":[],"error":null}]}
            """;

        var readings = LineReaderAnswer.Parse(answer, Asked);

        Assert.Equal([new SpecStep("select", "Size", "XL", Ordinal: "last")], readings[0].Steps);
        Assert.Equal((5, "the LLM gave neither steps nor a reason"), (readings[1].Line, readings[1].Error));
    }

    [Theory]
    [InlineData("")]
    [InlineData("```\n{\"lines\":[{\"line\":\"3\"}]}\n```")]
    [InlineData("{\"lines\":[{\"line\":3,\"steps\":[{\"action\":\"click\",\"ordinal\":true}]}]}")]
    [InlineData("{\"lines\":null}")]
    public void Parse_NotTheShapeAskedFor_ThrowsLlmUnavailable(string answer) =>
        Assert.Throws<LlmUnavailableException>(() => LineReaderAnswer.Parse(answer, Asked));

    [Fact]
    public void Parse_UnknownField_NamesTheFieldButNoTypeName()
    {
        var error = Assert.Throws<LlmUnavailableException>(() => LineReaderAnswer.Parse("""{"lines":[],"confidence":1}""", Asked));

        Assert.Contains("'confidence' is not a field of the answer", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".NET", error.Message, StringComparison.Ordinal);
    }
}
