namespace Gateway.Domain.Validation.Mrz;

/// <summary>The ICAO 9303 check digit: weights 7, 3, 1 repeating; A=10 … Z=35; '&lt;' counts 0.</summary>
public static class CheckDigit
{
    /// <summary>The check digit of the characters, or -1 when one of them is not A-Z, 0-9 or '&lt;'.</summary>
    public static int Compute(ReadOnlySpan<char> field)
    {
        int sum = 0;
        for (int i = 0; i < field.Length; i++)
        {
            char c = field[i];
            int value = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'Z' => c - 'A' + 10,
                '<' => 0,
                _ => -1,
            };
            if (value < 0) return -1;
            sum += value * (i % 3) switch { 0 => 7, 1 => 3, _ => 1 };
        }
        return sum % 10;
    }
}
