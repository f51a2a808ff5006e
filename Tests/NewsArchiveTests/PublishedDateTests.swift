import Testing

@testable import NewsArchive

@Suite struct PublishedDateTests {
    @Test(arguments: [
        ("12 March 2019, 14:05 GMT", "2019-03-12T14:05:00Z"),
        ("12 March 2019", "2019-03-12"),
        ("12th of March, 2019", "2019-03-12"),
        ("March 12, 2019", "2019-03-12"),
        ("Mar. 12, 2019", "2019-03-12"),
        ("Tuesday, March 12, 2019 2:05 pm EST", "2019-03-12T19:05:00Z"),
        ("2015-11-16", "2015-11-16"),
        ("2019-03-12T14:05:00Z", "2019-03-12T14:05:00Z"),
        ("2019-03-12T14:05:00.250+01:00", "2019-03-12T13:05:00Z"),
        ("2019-03-12T00:30:00+01:00", "2019-03-11T23:30:00Z"),
        ("2019-12-31T23:30:00-0100", "2020-01-01T00:30:00Z"),
        ("2019-03-12 14:05", "2019-03-12"),
        ("Tue 12 Mar 2019 14.05 GMT", "2019-03-12T14:05:00Z"),
        ("Published: 12 March 2019, 14:05 GMT", "2019-03-12T14:05:00Z"),
        ("14:05 BST, 12 March 2019", "2019-03-12T13:05:00Z"),
        ("12/03/2019", "2019-03-12"),
        ("12.03.2019", "2019-03-12"),
        ("03/25/2019", "2019-03-25"),
        ("12/03/19", "2019-03-12"),
        ("29 February 2020", "2020-02-29"),
        ("12 March 2019 10:00 ET", "2019-03-12"),
        ("  Sept 3, 2004.", "2004-09-03"),
    ])
    func readsDatesAsWritten(text: String, expected: String) {
        #expect(PublishedDate.iso8601(from: text) == expected)
    }

    @Test(arguments: [
        "", "yesterday", "last Tuesday", "12 March", "March 2019", "2019", "29 February 2019",
        "31/04/2019", "13/13/2019", "12 March 2019 and some words", "25:00 12 March 2019",
        "Published by Penguin", "2019-02-30", "POL-358", "*", "(", "Müller",
    ])
    func unsureTextGivesNil(text: String) {
        #expect(PublishedDate.iso8601(from: text) == nil)
    }

    @Test(arguments: [
        ("2019-03-12", "2019-03-12"), ("2019-3-2", "2019-03-02"), (" 2019-03 ", "2019-03"),
        ("2019", "2019"), ("2019-03-12T14:05:00Z", "2019-03-12T14:05:00Z"),
        ("2019-03-12T14:05+02:00", "2019-03-12T12:05:00Z"),
    ])
    func userDatesAreNormalised(input: String, expected: String) throws {
        #expect(try PublishedDate.validatedUserDate(input) == expected)
    }

    @Test(arguments: ["12/03/2019", "March 2019", "yesterday", "", "2019-03-12 and more", "19"])
    func userDatesMustBeISO(input: String) {
        #expect(throws: PublishedDateError.notISO8601(input)) {
            try PublishedDate.validatedUserDate(input)
        }
    }

    @Test(arguments: ["2019-02-30", "2019-13", "2019-00-10"])
    func userDatesMustExist(input: String) {
        #expect(throws: PublishedDateError.noSuchDate(input)) {
            try PublishedDate.validatedUserDate(input)
        }
    }

    @Test func errorDescriptionsSayWhatToWrite() {
        let error = PublishedDateError.notISO8601("12/03/2019")
        #expect(error.description.contains("YYYY-MM-DD"))
        #expect(error.errorDescription == error.description)
    }
}
