using Haven.Domain.Ssda903;

namespace Haven.Domain.Tests.Ssda903;

public sealed class Ssda903ReaderWriterTests
{
    private static readonly Ssda903Return Sample = new()
    {
        Header = [new("C1", "F", "12/06/2012", "WBRI", "UN5", null, null), new("C2", "M", "01/01/2010", "ABAN", "H801200001001", null, null)],
        Episodes = [new("C1", "01/06/2025", "S", "C2", "N1", "U4", "PR1", null, null, null, "AB1 2CD", "AB3 4EF", null),
            new("C2", "01/05/2024", "S", "V2", "N4", "K2", "PR4", "01/09/2025", "E4A", null, null, "ZZ1 1ZZ", "SC123456")],
        Reviews = [new("C1", "12/06/2012", "01/09/2025", "PN1")],
        Uasc = [new("C2", "M", "01/01/2010", "01/01/2028")],
        Oc2 = [new("C2", "01/01/2010", "14", null, null, null, "1", "1", "1", null, null, null)],
        Missing = [new("C1", "12/06/2012", "M", "10/10/2025", null)],
        SwEpisodes = [new("C1", "12/06/2012", "XX1234ABCD", "01/06/2025", null, null)],
    };

    [Fact]
    public void Every_file_is_written_with_the_DfE_columns_even_with_no_rows()
    {
        var files = Ssda903Writer.Files(Ssda903Return.Empty).ToDictionary(f => f.FileName, f => f.Text);
        Assert.Equal(
            ["header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv", "placed_for_adoption.csv", "previous_permanence.csv", "missing.csv", "sw_episodes.csv"],
            files.Keys);
        Assert.Equal("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n", files["episodes.csv"]);
        Assert.Equal("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\r\n", files["oc2.csv"]);
        Assert.Equal("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON\r\n", files["sw_episodes.csv"]);
    }

    [Fact]
    public void Written_files_read_back_to_the_same_return()
    {
        var read = Ssda903Reader.Read(Ssda903Writer.Files(Sample));
        Assert.Empty(read.Problems);
        Assert.Equal(Sample, read.Return);
    }

    [Fact]
    public void A_folder_and_a_zip_hold_the_same_files()
    {
        var folder = Directory.CreateTempSubdirectory("ssda903-").FullName;
        try
        {
            Ssda903Writer.WriteFolder(Sample, folder);
            Assert.Equal(Sample, Ssda903Reader.ReadFolder(folder).Return);
            Assert.False(File.ReadAllBytes(Path.Combine(folder, "header.csv")).AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]));

            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(Ssda903Writer.Zip(Sample)));
            var files = zip.Entries.Select(e => (e.Name, new StreamReader(e.Open()).ReadToEnd())).ToList();
            Assert.Equal(11, files.Count);
            Assert.Equal(Sample, Ssda903Reader.Read(files).Return);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Files_are_recognised_by_their_columns_in_any_order_whatever_their_names()
    {
        var read = Ssda903Reader.Read(
        [
            ("children.csv", "\uFEFFSEX,CHILD,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nF,C1,12/06/2012,WBRI,UN5,,\n"),
            ("eps.CSV", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n\"C1\",01/06/2025,S,C2,N1,U4,PR1,,,,\"AB1 2CD\",,\n\n"),
        ]);
        Assert.Empty(read.Problems);
        Assert.Equal(new Ssda903Header("C1", "F", "12/06/2012", "WBRI", "UN5", null, null), Assert.Single(read.Return.Header));
        Assert.Equal("AB1 2CD", Assert.Single(read.Return.Episodes).HomePost);
    }

    [Fact]
    public void Malformed_files_and_rows_are_reported_with_file_and_line_and_the_rest_is_read()
    {
        var read = Ssda903Reader.Read(
        [
            ("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC1,F,12/06/2012,WBRI,UN5,,\r\nC2,F,12/06/2012\r\nC3,M,01/01/2011,WBRI,UN5,,\r\n"),
            ("copy of header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nC9,F,12/06/2012,WBRI,UN5,,\r\n"),
            ("episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST\r\nC1,01/06/2025,S,C2,N1,U4,PR1,,,,,\r\n"),
            ("reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\nC1,12/06/2012,01/09/2025,PN1\r\nC1,\"12/06/2012,01/10/2025,PN1\r\n"),
            ("empty.csv", ""),
            ("notes.csv", "NAME,NOTE\r\nA,B\r\n"),
        ]);

        Assert.Equal(["C1", "C3"], read.Return.Header.Select(h => h.Child));
        Assert.Single(read.Return.Reviews);
        Assert.Empty(read.Return.Episodes);
        Assert.False(read.ReadCompletely);
        Assert.Equal(
        [
            "header.csv, line 3: The row has 3 values but the file has 7 columns, so it was not read.",
            "copy of header.csv: This is a second header.csv (the first was header.csv); only the first was read.",
            "episodes.csv, line 1: The columns are not those of any SSDA903 file, so it was not read. It looks most like episodes.csv, but it has no URN.",
            "reviews.csv, line 3: A value in quotes is never closed, so this row and everything after it was not read.",
            "empty.csv: The file is empty: it has no row of column names.",
            "notes.csv, line 1: None of its columns (NAME, NOTE) is in an SSDA903 file, so it was not read.",
            "episodes.csv: There is no episodes.csv (columns CHILD, DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN), so the return cannot be checked fully.",
        ],
        read.Problems.Select(p => p.ToString()));
    }
}
