import FoundationEssentials

/// Place names: countries, UK nations, regions, counties and towns, US states, other regions
/// and major cities.
///
/// A capitalised run made only of these words is a place, never a person or an organisation.
enum Gazetteer {
    private static let names = """
        afghanistan|albania|algeria|america|angola|argentina|armenia|australia|austria|\
        azerbaijan|bahrain|bangladesh|belarus|belgium|bolivia|bosnia|brazil|britain|bulgaria|\
        burma|cambodia|cameroon|canada|chile|china|colombia|congo|croatia|cuba|cyprus|\
        czech republic|denmark|ecuador|egypt|eritrea|estonia|ethiopia|europe|fiji|finland|france|\
        gaza|georgia|germany|ghana|greece|guatemala|haiti|honduras|hong kong|hungary|iceland|\
        india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|\
        korea|north korea|south korea|kosovo|kuwait|latvia|lebanon|libya|lithuania|luxembourg|\
        macedonia|malaysia|mali|malta|mexico|moldova|mongolia|morocco|mozambique|myanmar|namibia|\
        nepal|netherlands|holland|new zealand|nicaragua|niger|nigeria|norway|oman|pakistan|\
        palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|\
        saudi arabia|senegal|serbia|singapore|slovakia|slovenia|somalia|south africa|spain|\
        sri lanka|sudan|south sudan|sweden|switzerland|syria|taiwan|tanzania|thailand|tibet|\
        tunisia|turkey|uganda|ukraine|united arab emirates|uae|united kingdom|uk|u.k|\
        united states|us|u.s|usa|u.s.a|uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|\
        zimbabwe|africa|asia|antarctica|arctic|middle east|west bank|latin america|\
        scandinavia|balkans|caribbean|pacific|atlantic|\
        england|scotland|wales|northern ireland|great britain|ulster|cornwall|devon|dorset|\
        somerset|wiltshire|hampshire|kent|sussex|east sussex|west sussex|surrey|essex|suffolk|\
        norfolk|cambridgeshire|hertfordshire|bedfordshire|buckinghamshire|oxfordshire|\
        berkshire|gloucestershire|herefordshire|worcestershire|warwickshire|shropshire|\
        staffordshire|derbyshire|nottinghamshire|leicestershire|lincolnshire|northamptonshire|\
        rutland|cheshire|lancashire|merseyside|cumbria|northumberland|durham|yorkshire|\
        north yorkshire|south yorkshire|west yorkshire|east yorkshire|west midlands|\
        east midlands|midlands|greater manchester|tyneside|teesside|humberside|avon|\
        home counties|east anglia|the north|north west|north east|south west|south east|\
        highlands|lothian|fife|strathclyde|tayside|grampian|powys|gwynedd|anglesey|\
        pembrokeshire|glamorgan|antrim|belfast|derry|london|birmingham|manchester|liverpool|\
        leeds|sheffield|bristol|newcastle|nottingham|leicester|coventry|bradford|cardiff|\
        swansea|edinburgh|glasgow|aberdeen|dundee|inverness|oxford|cambridge|brighton|\
        southampton|portsmouth|plymouth|exeter|bath|york|hull|norwich|ipswich|reading|\
        wolverhampton|stoke|derby|swindon|luton|milton keynes|sunderland|middlesbrough|\
        blackpool|preston|bolton|wigan|walsall|dudley|telford|shrewsbury|stafford|westminster|\
        whitehall|downing street|wimbledon|wembley|\
        alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|\
        hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|\
        massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|\
        new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|\
        oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|\
        vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|guam|\
        new york city|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|\
        dallas|san jose|austin|jacksonville|san francisco|columbus|charlotte|indianapolis|\
        seattle|denver|boston|detroit|nashville|memphis|portland|las vegas|baltimore|\
        milwaukee|albuquerque|tucson|fresno|sacramento|atlanta|miami|tampa|orlando|\
        cleveland|cincinnati|pittsburgh|st louis|st. louis|kansas city|new orleans|\
        minneapolis|honolulu|anchorage|des moines|manchester|concord|charleston|columbia|\
        richmond|raleigh|omaha|salt lake city|buffalo|albany|newark|brooklyn|manhattan|queens|\
        bronx|harlem|silicon valley|wall street|capitol hill|hollywood|iowa city|cedar rapids|\
        paris|berlin|madrid|rome|milan|brussels|amsterdam|vienna|geneva|zurich|moscow|kiev|\
        kyiv|warsaw|prague|budapest|athens|istanbul|ankara|dublin|lisbon|stockholm|oslo|\
        copenhagen|helsinki|beijing|shanghai|tokyo|seoul|delhi|new delhi|mumbai|karachi|\
        islamabad|kabul|baghdad|tehran|damascus|beirut|jerusalem|tel aviv|cairo|riyadh|dubai|\
        doha|lagos|nairobi|johannesburg|cape town|sydney|melbourne|toronto|montreal|vancouver|\
        ottawa|mexico city|havana|rio de janeiro|sao paulo|buenos aires|caracas|bogota|lima|\
        singapore|bangkok|jakarta|manila|hanoi|taipei|pyongyang|aleppo|mosul|benghazi|tripoli|\
        crimea|donbas|calais|munich|frankfurt|barcelona|naples|venice|florence|lyon|marseille|\
        nice|cannes|monaco|davos|strasbourg|hague|the hague|sochi|st petersburg|\
        commons|house of commons|house of lords|lords|\
        capitol|downing|number 10|no 10|holyrood|stormont|\
        europe|eurozone|earth|north|south|east|west|midwest|south west|new england|\
        the south|deep south|rust belt|bible belt|sun belt|appalachia|\
        liberia|benin|madagascar|montenegro|seychelles|burundi|gabon|togo|guinea|\
        guinea-bissau|sierra leone|botswana|lesotho|swaziland|eswatini|malawi|djibouti|\
        mauritania|mauritius|gambia|ivory coast|burkina faso|central african republic|\
        equatorial guinea|cape verde|comoros|laos|brunei|bhutan|maldives|turkmenistan|\
        tajikistan|kyrgyzstan|papua new guinea|samoa|tonga|vanuatu|bahamas|barbados|trinidad|\
        tobago|grenada|belize|el salvador|costa rica|suriname|guyana|andorra|liechtenstein|\
        san marino|east timor|greenland|macau|chechnya|dagestan|kashmir|punjab|\
        rajasthan|gujarat|kerala|bengal|bavaria|catalonia|tasmania|queensland|\
        new south wales|ontario|quebec|alberta|british columbia|siberia|darfur|zanzibar|\
        sardinia|sicily|corsica|antigua|bermuda|gibraltar|isle of man|guernsey|hebrides|\
        orkney|shetland|adelaide|perth|brisbane|auckland|christchurch|calgary|edmonton|\
        winnipeg|osaka|kyoto|yokohama|guangzhou|shenzhen|harbin|chongqing|tianjin|wuhan|\
        nanjing|kolkata|calcutta|bombay|chennai|bangalore|hyderabad|lahore|kandahar|basra|\
        fallujah|tikrit|kirkuk|ramallah|hebron|amman|abu dhabi|jeddah|mecca|sanaa|muscat|\
        tunis|algiers|rabat|casablanca|khartoum|addis ababa|mogadishu|kampala|kinshasa|harare|\
        lusaka|luanda|abuja|accra|dakar|durban|pretoria|soweto|kigali|bamako|monrovia|\
        freetown|porto alegre|brasilia|santiago|quito|montevideo|port-au-prince|guadalajara|\
        tijuana|monterrey|hamburg|cologne|stuttgart|dusseldorf|dortmund|leipzig|dresden|bonn|\
        rotterdam|antwerp|porto|seville|valencia|bilbao|turin|genoa|bologna|palermo|bordeaux|\
        toulouse|lille|nantes|salzburg|krakow|gdansk|bucharest|belgrade|zagreb|sarajevo|\
        ljubljana|bratislava|tallinn|riga|vilnius|minsk|tbilisi|yerevan|baku|almaty|tashkent|\
        grozny|volgograd|novosibirsk|vladivostok|odessa|kharkiv|donetsk|luhansk|reykjavik|\
        gothenburg|malmo|salford|stockport|oldham|rochdale|burnley|huddersfield|\
        wakefield|doncaster|rotherham|barnsley|grimsby|scunthorpe|peterborough|northampton|\
        watford|slough|maidstone|dover|folkestone|eastbourne|crawley|guildford|woking|\
        basingstoke|bournemouth|weymouth|taunton|torquay|truro|gloucester|cheltenham|\
        worcester|hereford|kidderminster|stoke-on-trent|warrington|wirral|birkenhead|\
        southport|darlington|hartlepool|gateshead|harrogate|kirkcaldy|\
        dunfermline|falkirk|kilmarnock|dumfries|motherwell|greenock|newry|lisburn|armagh|\
        omagh|enniskillen|coleraine|wrexham|newport|aberystwyth|llanelli|merthyr|pontypridd|\
        bridgend|henley-on-thames|sheppey|\
        san bernardino|little rock|boca raton|fort worth|ft. worth|el paso|long beach|\
        virginia beach|colorado springs|corpus christi|st. paul|saint paul|santa ana|\
        santa barbara|santa monica|santa fe|santa clara|santa rosa|santa cruz|baton rouge|\
        grand rapids|sioux falls|sioux city|fort lauderdale|west palm beach|palm beach|\
        palm springs|san juan|old san juan|chula vista|new haven|ann arbor|green bay|\
        fort wayne|cape canaveral|myrtle beach|palo alto|mountain view|winston-salem|\
        thousand oaks|oklahoma city|jersey city|carson city|atlantic city|rapid city|\
        panama city|las cruces|los alamos|san mateo|fort myers|fort collins|fort hood|\
        fort bragg|fort lee|key west|coral gables|little havana|bowling green|new rochelle|\
        white plains|staten island|long island|cape cod|beverly hills|san luis obispo|\
        lake tahoe|niagara falls|council bluffs|cedar falls|college station|\
        round rock|sugar land|north charleston|north las vegas|west des moines|overland park|\
        port st. lucie|daytona beach|miami beach|miami gardens|cape coral|south bend|\
        fort smith|hot springs|pine bluff|eau claire|la crosse|new britain|east st. louis|\
        silver spring|chevy chase|falls church|college park|ellicott city|rio rancho|\
        camp david|las vegas strip|the bronx|long island city|new brunswick|\
        louisville|lexington|oakland|anaheim|bakersfield|tulsa|wichita|akron|toledo|spokane|\
        tacoma|boise|knoxville|chattanooga|syracuse|providence|scranton|allentown|harrisburg|\
        wilmington|annapolis|roanoke|greensboro|asheville|greenville|shreveport|pensacola|\
        tallahassee|gainesville|sarasota|modesto|oxnard|pasadena|burbank|glendale|fremont|\
        sunnyvale|cupertino|bellevue|tempe|scottsdale|flagstaff|laredo|lubbock|\
        amarillo|galveston|waco|plano|brownsville|mcallen|topeka|bismarck|cheyenne|\
        laramie|duluth|kenosha|dubuque|peoria|rockford|joliet|naperville|evanston|elkhart|\
        muncie|kalamazoo|dearborn|ypsilanti|youngstown|fayetteville|hialeah|huntsville|\
        tuscaloosa|biloxi|gulfport|hattiesburg|murfreesboro|clarksville|owensboro|missoula|\
        bozeman|yakima|juneau|fairbanks|sedona|pueblo|provo|roswell|stillwater|saginaw|\
        trenton|hoboken|yonkers|ithaca|binghamton|poughkeepsie|bridgeport|stamford|\
        somerville|bangor|montpelier|nashua|charlottesville|lynchburg|blacksburg|\
        spartanburg|chappaqua|champaign|urbana|schaumburg|ponce|mayaguez
        """

    static let places = WordSet(
        names.split(separator: "|").map { String($0.trimmingWhiteSpace()) })

    /// The lower-cased words name a known place.
    static func isPlace(_ lowerName: String) -> Bool { places.contains(lowerName) }
}
