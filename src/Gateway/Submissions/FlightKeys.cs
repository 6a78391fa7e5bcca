using System.Globalization;
using Gateway.Schemas.Manifests;

namespace Gateway.Submissions;

/// <summary>
/// The key that ties lists, amendments and decisions to one flight or voyage: carrier and number without padding
/// (<c>YY0815</c> and <c>YY815</c> are one flight) and the local date of departure (or arrival).
/// </summary>
public static class FlightKeys
{
    /// <summary>The key of a list.</summary>
    public static string Of(Manifest m)
    {
        string journey = Normalise(m.Conveyance.JourneyId ?? m.Conveyance.VehicleId ?? m.Header.CommonAccessReference ?? "UNKNOWN");
        string date = "";
        foreach (var leg in m.Conveyance.Legs)
        {
            foreach (var point in leg.Points)
            {
                var time = point.Departure ?? point.Arrival;
                if (time is null) continue;
                date = time.Format == MessageDate.Iso ? time.Text[..Math.Min(10, time.Text.Length)].Replace("-", "", StringComparison.Ordinal)
                     : time.Text.Length >= 6 ? time.Text[..(time.Format is MessageDate.Ccyymmdd or MessageDate.CcyymmddHhmm ? 8 : 6)] : time.Text;
                if (date.Length == 8) date = date[2..];
                break;
            }
            if (date.Length > 0) break;
        }
        return date.Length == 0 ? journey : journey + "/" + date;
    }

    /// <summary>Upper case; leading zeros of the flight number dropped.</summary>
    public static string Normalise(string journey)
    {
        var s = journey.Trim().ToUpperInvariant();
        int digits = 0;
        while (digits < s.Length && !char.IsDigit(s[digits])) digits++;
        // Designators that start with a digit (9W) or numbers with letters (KE090A) are kept as sent.
        if (digits == 0 || digits > 3 || digits == s.Length) return s;
        if (!int.TryParse(s.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out int number)) return s;
        return s[..digits] + number.ToString(CultureInfo.InvariantCulture);
    }
}
