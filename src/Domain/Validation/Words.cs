namespace Gateway.Domain.Validation;

/// <summary>A word or phrase filled into a message in each language (e.g. "passengers" / "승객").</summary>
public sealed record Words(string English, string Korean)
{
    public static readonly Words Passengers = new("passengers", "승객");
    public static readonly Words Crew = new("crew", "승무원");
    public static readonly Words TransitPassengers = new("transit passengers", "통과 승객");
    public static readonly Words Surname = new("Surname", "성");
    public static readonly Words GivenName = new("Given name", "이름");
    public static readonly Words PassengerList = new("passenger", "승객");
    public static readonly Words CrewList = new("crew", "승무원");
    public static readonly Words VesselOrAircraft = new("vessel or aircraft", "선박 또는 항공기");
    public static readonly Words Vessel = new("vessel", "선박");
    public static readonly Words Aircraft = new("aircraft", "항공기");
    public static readonly Words VesselName = new("name of the vessel", "선박 명칭");
    public static readonly Words FlightId = new("flight identifier (carrier and number)", "편명(항공사 및 번호)");
    public static readonly Words DocumentNumber = new("document number", "문서 번호");
    public static readonly Words Nationality = new("nationality", "국적");
    public static readonly Words BirthDate = new("date of birth", "생년월일");
    public static readonly Words Expiry = new("expiry date", "만료일");
    public static readonly Words Sex = new("sex", "성별");
    public static readonly Words DocumentType = new("document type", "문서 종류");
    public static readonly Words IssuingState = new("issuing State", "발급국");
    public static readonly Words Arrival = new("arrival", "도착");
    public static readonly Words Departure = new("departure", "출발");
}
