using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Gateway.Runner.Data;

/// <summary>Writes the gateway's JSON list format (docs/API.md) for a generated list, straight to UTF-8.</summary>
public static class JsonLists
{
    /// <summary>The JSON list for <paramref name="spec"/> and <paramref name="travellers"/>.</summary>
    public static byte[] Write(ListSpec spec, IReadOnlyList<ListTraveller> travellers)
    {
        var buffer = new ArrayBufferWriter<byte>(512 + (travellers.Count * 420));
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("kind", spec.Kind);
            w.WriteString("transactionReference", spec.TransactionReference);
            w.WriteStartObject("reportingParty");
            w.WriteString("name", spec.Carrier + " OPS");
            w.WriteEndObject();
            w.WriteStartObject("conveyance");
            w.WriteString("mode", spec.Mode);
            w.WriteString("carrier", spec.Carrier);
            w.WriteString("journeyId", spec.JourneyId);
            if (spec.Vessel is { } v)
            {
                w.WriteString("vehicleId", v.Imo);
                w.WriteString("vehicleName", v.Name);
                w.WriteString("vehicleNationality", v.Flag);
            }
            w.WriteEndObject();
            w.WriteStartArray("legs");
            w.WriteStartObject();
            w.WriteString("journeyId", spec.JourneyId);
            w.WriteString("carrier", spec.Carrier);
            Port(w, "departure", spec.From, spec.Departure);
            Port(w, "arrival", spec.To, spec.Arrival);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("travellers");
            foreach (var t in travellers) Traveller(w, spec, t);
            w.WriteEndArray();
            w.WriteStartObject("totals");
            bool crew = spec.Kind == "crew";
            w.WriteNumber("passengers", crew ? 0 : travellers.Count);
            w.WriteNumber("crew", crew ? travellers.Count : 0);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void Port(Utf8JsonWriter w, string name, string port, DateTime time)
    {
        w.WriteStartObject(name);
        w.WriteString("port", port);
        w.WriteString("time", time.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    private static void Traveller(Utf8JsonWriter w, ListSpec spec, ListTraveller t)
    {
        var p = t.Person;
        w.WriteStartObject();
        w.WriteString("surname", p.Surname);
        w.WriteStartArray("givenNames");
        foreach (var g in p.Given) w.WriteStringValue(g);
        w.WriteEndArray();
        w.WriteString("sex", p.Sex == 'F' ? "F" : "M");
        w.WriteString("birthDate", p.Birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("nationality", p.Nationality);
        w.WriteStartArray("documents");
        w.WriteStartObject();
        w.WriteString("type", "P");
        w.WriteString("number", p.Passport);
        w.WriteString("issuingState", p.Nationality);
        w.WriteString("expiry", spec.Departure.AddYears(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("embarkation", spec.From);
        w.WriteString("disembarkation", spec.To);
        if (t.CrewFunction is { } f) w.WriteString("crewFunction", f);
        w.WriteStartObject("references");
        if (spec.Kind != "crew") w.WriteString("AVF", t.Locator);
        w.WriteString("ABO", t.PassengerReference);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
