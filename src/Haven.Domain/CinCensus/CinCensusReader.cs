using System.Text;
using System.Xml;
using E = Haven.Domain.CinCensus.CinElements;

namespace Haven.Domain.CinCensus;

/// <summary>
/// Reads a census file one child at a time, so a large return is never loaded whole. Problems with the file are
/// collected in <see cref="Problems"/> rather than thrown: a bad file is something to tell the person who sent
/// it about, not a crash. DTDs and external resources are refused, so a file cannot make the reader fetch or
/// expand anything.
/// </summary>
public sealed class CinCensusReader : IDisposable
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private readonly XmlReader _xml;
    private readonly List<CinFileProblem> _problems = [];
    private bool _childrenStarted;
    private bool _childrenRead;
    private string? _currentChildId;

    private CinCensusReader(Stream input) => _xml = XmlReader.Create(input, Settings);

    /// <summary>The header, with nulls for whatever the file left out. Always set once the reader is open.</summary>
    public CinCensusHeader Header { get; private set; } = new();

    /// <summary>Problems found so far. Grows while <see cref="ReadChildren"/> is enumerated.</summary>
    public IReadOnlyList<CinFileProblem> Problems => _problems;

    public bool HasFatalProblem => _problems.Any(p => p.Level == CinFileProblemLevel.Fatal);

    /// <summary>Reads up to the first child: the root element and the header.</summary>
    public static CinCensusReader Open(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reader = new CinCensusReader(input);
        reader.Guard(reader.ReadToChildren);
        return reader;
    }

    /// <summary>The children in file order. Can be enumerated once; stops at the first fatal problem.</summary>
    public IEnumerable<CinCensusChild> ReadChildren()
    {
        if (_childrenRead)
        {
            throw new InvalidOperationException("The children of a census file can only be read once.");
        }

        _childrenRead = true;
        if (!_childrenStarted || HasFatalProblem)
        {
            yield break;
        }

        while (true)
        {
            CinCensusChild? child = null;
            if (!Guard(() => child = ReadNextChild()) || child is null)
            {
                yield break;
            }

            yield return child;
        }
    }

    public void Dispose() => _xml.Dispose();

    private int Line => ((IXmlLineInfo)_xml).LineNumber;

    private int Column => ((IXmlLineInfo)_xml).LinePosition;

    /// <summary>Runs a step of reading; malformed XML becomes a fatal problem with its line.</summary>
    private bool Guard(Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (XmlException ex)
        {
            Problem(
                CinFileProblemLevel.Fatal,
                $"The file is not well-formed XML, so it cannot be read past this point: {ex.Message}",
                ex.LineNumber > 0 ? ex.LineNumber : null,
                ex.LinePosition > 0 ? ex.LinePosition : null);
            return false;
        }
    }

    private void ReadToChildren()
    {
        if (_xml.MoveToContent() != XmlNodeType.Element)
        {
            Problem(CinFileProblemLevel.Fatal, "The file is empty: a CIN census file starts with <Message>.");
            return;
        }

        if (_xml.LocalName != E.Message)
        {
            Problem(
                CinFileProblemLevel.Fatal,
                $"This is not a CIN census file: it starts with <{_xml.Name}>, but a CIN census file starts with <Message>.",
                Line, Column);
            return;
        }

        if (_xml.IsEmptyElement)
        {
            MissingChildren();
            return;
        }

        var messageDepth = _xml.Depth;
        _xml.Read();
        while (!IsEndOf(messageDepth))
        {
            if (_xml.NodeType != XmlNodeType.Element)
            {
                _xml.Read();
            }
            else if (_xml.LocalName == E.Header)
            {
                Header = ReadHeader();
            }
            else if (_xml.LocalName == E.Children)
            {
                // Positioned on the first node inside <Children> (or just after an empty <Children/>).
                _childrenStarted = true;
                _xml.Read();
                return;
            }
            else
            {
                Unknown(E.Message);
            }
        }

        MissingChildren();
    }

    private void MissingChildren() =>
        Problem(CinFileProblemLevel.Fatal, "The file has no <Children> element, so there are no children to read.", Line, Column);

    /// <summary>The next child, or null at the end of &lt;Children&gt; (after checking the rest of the file is well-formed).</summary>
    private CinCensusChild? ReadNextChild()
    {
        while (true)
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element when _xml.LocalName == E.Child:
                    return ReadChild();
                case XmlNodeType.Element:
                    Unknown(E.Children);
                    break;
                case XmlNodeType.EndElement:
                case XmlNodeType.None:
                    // End of <Children>: read on to the end so a broken or truncated tail is still reported.
                    while (_xml.Read())
                    {
                    }

                    return null;
                default:
                    _xml.Read();
                    break;
            }
        }
    }

    private CinCensusHeader ReadHeader()
    {
        var unparsed = new List<UnparsedValue>();
        string? collection = null, year = null, sourceLevel = null, lea = null, software = null, release = null, serial = null, dateTime = null;
        DateOnly? referenceDate = null;
        var sources = 0;
        ForEachElement(E.Header, name =>
        {
            switch (name)
            {
                case E.CollectionDetails:
                    ForEachElement(name, field =>
                    {
                        switch (field)
                        {
                            case E.Collection: collection = ReadText(); break;
                            case E.Year: year = ReadText(); break;
                            case E.ReferenceDate: referenceDate = ReadDate(field, unparsed); break;
                            default: Unknown(name); break;
                        }
                    });
                    break;
                case E.Source when ++sources > 1:
                    Problem(CinFileProblemLevel.Note, "Only the first <Source> in the header is used; this one was ignored.", Line, Column);
                    _xml.Skip();
                    break;
                case E.Source:
                    ForEachElement(name, field =>
                    {
                        switch (field)
                        {
                            case E.SourceLevel: sourceLevel = ReadText(); break;
                            case E.LEA: lea = ReadText(); break;
                            case E.SoftwareCode: software = ReadText(); break;
                            case E.Release: release = ReadText(); break;
                            case E.SerialNo: serial = ReadText(); break;
                            case E.DateTime: dateTime = ReadText(); break;
                            default: Unknown(name); break;
                        }
                    });
                    break;
                default:
                    Unknown(E.Header);
                    break;
            }
        });

        return new CinCensusHeader
        {
            Collection = collection,
            Year = year,
            ReferenceDate = referenceDate,
            SourceLevel = sourceLevel,
            LEA = lea,
            SoftwareCode = software,
            Release = release,
            SerialNo = serial,
            DateTime = dateTime,
            Unparsed = unparsed.ToEquatableList(),
        };
    }

    private CinCensusChild ReadChild()
    {
        _currentChildId = null;
        var unparsed = new List<UnparsedValue>();
        var disabilities = new List<string>();
        var episodes = new List<CinDetails>();
        var child = new CinCensusChild();
        ForEachElement(E.Child, name =>
        {
            switch (name)
            {
                case E.ChildIdentifiers:
                    ForEachElement(name, field =>
                    {
                        switch (field)
                        {
                            case E.LAchildID: child = child with { LAchildID = _currentChildId = ReadText() }; break;
                            case E.UPN: child = child with { UPN = ReadText() }; break;
                            case E.FormerUPN: child = child with { FormerUPN = ReadText() }; break;
                            case E.UPNunknown: child = child with { UPNunknown = ReadText() }; break;
                            case E.PersonBirthDate: child = child with { PersonBirthDate = ReadDate(field, unparsed) }; break;
                            case E.ExpectedPersonBirthDate: child = child with { ExpectedPersonBirthDate = ReadDate(field, unparsed) }; break;
                            case E.Sex: child = child with { Sex = ReadText() }; break;
                            case E.GenderCurrent: child = child with { GenderCurrent = ReadText() }; break;
                            case E.PersonDeathDate: child = child with { PersonDeathDate = ReadDate(field, unparsed) }; break;
                            default: Unknown(name); break;
                        }
                    });
                    break;
                case E.ChildCharacteristics:
                    ForEachElement(name, field =>
                    {
                        switch (field)
                        {
                            case E.Ethnicity: child = child with { Ethnicity = ReadText() }; break;
                            case E.Disabilities: disabilities.AddRange(ReadList(field, E.Disability)); break;
                            default: Unknown(name); break;
                        }
                    });
                    break;
                case E.CINdetails:
                    episodes.Add(ReadEpisode());
                    break;
                default:
                    Unknown(E.Child);
                    break;
            }
        });

        return child with
        {
            Disabilities = disabilities.ToEquatableList(),
            CinDetails = episodes.ToEquatableList(),
            Unparsed = unparsed.ToEquatableList(),
        };
    }

    private CinDetails ReadEpisode() => ReadGroup(E.CINdetails, new CinDetails(), (episode, name, unparsed) => name switch
    {
        E.CINreferralDate => episode with { CINreferralDate = ReadDate(name, unparsed) },
        E.ReferralSource => episode with { ReferralSource = ReadText() },
        E.PrimaryNeedCode => episode with { PrimaryNeedCode = ReadText() },
        E.CINclosureDate => episode with { CINclosureDate = ReadDate(name, unparsed) },
        E.ReasonForClosure => episode with { ReasonForClosure = ReadText() },
        E.DateOfInitialCPC => episode with { DateOfInitialCPC = ReadDate(name, unparsed) },
        E.ReferralNFA => episode with { ReferralNFA = ReadText() },
        E.Assessments => episode with { Assessments = [.. episode.Assessments, ReadAssessment()] },
        E.CINPlanDates => episode with { CinPlanDates = [.. episode.CinPlanDates, ReadCinPlan()] },
        E.Section47 => episode with { Section47s = [.. episode.Section47s, ReadSection47()] },
        E.ChildProtectionPlans => episode with { ChildProtectionPlans = [.. episode.ChildProtectionPlans, ReadProtectionPlan()] },
        _ => null,
    });

    private CinAssessment ReadAssessment() => ReadGroup(E.Assessments, new CinAssessment(), (assessment, name, unparsed) => name switch
    {
        E.AssessmentActualStartDate => assessment with { ActualStartDate = ReadDate(name, unparsed) },
        E.AssessmentInternalReviewDate => assessment with { InternalReviewDate = ReadDate(name, unparsed) },
        E.AssessmentAuthorisationDate => assessment with { AuthorisationDate = ReadDate(name, unparsed) },
        E.FactorsIdentifiedAtAssessment => assessment with { Factors = [.. assessment.Factors, .. ReadList(name, E.AssessmentFactors)] },
        _ => null,
    });

    private CinPlanDates ReadCinPlan() => ReadGroup(E.CINPlanDates, new CinPlanDates(), (plan, name, unparsed) => name switch
    {
        E.CINPlanStartDate => plan with { StartDate = ReadDate(name, unparsed) },
        E.CINPlanEndDate => plan with { EndDate = ReadDate(name, unparsed) },
        _ => null,
    });

    private CinSection47 ReadSection47() => ReadGroup(E.Section47, new CinSection47(), (enquiry, name, unparsed) => name switch
    {
        E.S47ActualStartDate => enquiry with { ActualStartDate = ReadDate(name, unparsed) },
        E.InitialCPCtarget => enquiry with { InitialCPCtarget = ReadDate(name, unparsed) },
        E.DateOfInitialCPC => enquiry with { DateOfInitialCPC = ReadDate(name, unparsed) },
        E.ICPCnotRequired => enquiry with { ICPCnotRequired = ReadText() },
        _ => null,
    });

    private CinChildProtectionPlan ReadProtectionPlan() => ReadGroup(E.ChildProtectionPlans, new CinChildProtectionPlan(), (plan, name, unparsed) => name switch
    {
        E.CPPstartDate => plan with { StartDate = ReadDate(name, unparsed) },
        E.CPPendDate => plan with { EndDate = ReadDate(name, unparsed) },
        E.InitialCategoryOfAbuse => plan with { InitialCategoryOfAbuse = ReadText() },
        E.LatestCategoryOfAbuse => plan with { LatestCategoryOfAbuse = ReadText() },
        E.NumberOfPreviousCPP => plan with { NumberOfPreviousCPP = ReadText() },
        E.Reviews => plan with { ReviewDates = [.. plan.ReviewDates, .. ReadReviewDates(unparsed)] },
        _ => null,
    });

    private List<DateOnly?> ReadReviewDates(List<UnparsedValue> unparsed)
    {
        var reviews = new List<DateOnly?>();
        ForEachElement(E.Reviews, field =>
        {
            if (field == E.CPPreviewDate)
            {
                reviews.Add(ReadDate(field, unparsed));
            }
            else
            {
                Unknown(E.Reviews);
            }
        });
        return reviews;
    }

    /// <summary>
    /// Reads one group of the census (an episode, an assessment, a plan…) field by field: <paramref name="read"/>
    /// gives the group with the field it is handed read in, passing dates it cannot read to the list it is handed,
    /// or null for an element that is not part of the group, which is noted and skipped.
    /// </summary>
    private T ReadGroup<T>(string element, T empty, Func<T, string, List<UnparsedValue>, T?> read)
        where T : CinCensusRecord
    {
        var unparsed = new List<UnparsedValue>();
        var group = empty;
        ForEachElement(element, name =>
        {
            if (read(group, name, unparsed) is { } next)
            {
                group = next;
            }
            else
            {
                Unknown(element);
            }
        });

        return (T)((CinCensusRecord)group with { Unparsed = unparsed.ToEquatableList() });
    }

    /// <summary>
    /// Calls <paramref name="handle"/> for each element inside the current one; the handler must consume the
    /// element it is given. Text between elements (seen in real files) is noted and ignored.
    /// </summary>
    private void ForEachElement(string parent, Action<string> handle)
    {
        if (!Enter(out var depth))
        {
            return;
        }

        while (!IsEndOf(depth))
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    handle(_xml.LocalName);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    Problem(CinFileProblemLevel.Note, $"Text \"{_xml.Value.Trim()}\" directly inside <{parent}> was ignored.", Line, Column);
                    _xml.Read();
                    break;
                default:
                    _xml.Read();
                    break;
            }
        }

        _xml.Read();
    }

    /// <summary>
    /// Steps inside the current element, noting its depth so the caller can read up to its end tag. An empty element
    /// (<c>&lt;x/&gt;</c>) has no inside: the reader moves past it and the answer is false.
    /// </summary>
    private bool Enter(out int depth)
    {
        depth = _xml.Depth;
        var hasContent = !_xml.IsEmptyElement;
        _xml.Read();
        return hasContent;
    }

    private bool IsEndOf(int depth) =>
        _xml.EOF || (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth);

    private List<string> ReadList(string container, string item)
    {
        var values = new List<string>();
        ForEachElement(container, name =>
        {
            if (name == item)
            {
                var value = ReadText();
                if (value.Length > 0)
                {
                    values.Add(value);
                }
            }
            else
            {
                Unknown(container);
            }
        });
        return values;
    }

    /// <summary>The trimmed text of a simple element; elements nested inside it are noted and skipped.</summary>
    private string ReadText()
    {
        var element = _xml.LocalName;
        var text = new StringBuilder();
        AppendText(element, text);
        return text.ToString().Trim();
    }

    private void AppendText(string element, StringBuilder text)
    {
        if (!Enter(out var depth))
        {
            return;
        }

        while (!IsEndOf(depth))
        {
            if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(_xml.Value);
                _xml.Read();
            }
            else if (_xml.NodeType == XmlNodeType.Element)
            {
                Unknown(element);
            }
            else
            {
                _xml.Read();
            }
        }

        _xml.Read();
    }

    /// <summary>A date, or null when empty. Text that is not yyyy-MM-dd is kept in <paramref name="unparsed"/> and reported.</summary>
    private DateOnly? ReadDate(string element, List<UnparsedValue> unparsed)
    {
        var line = Line;
        var column = Column;
        var text = ReadText();
        if (text.Length == 0)
        {
            return null;
        }

        if (CinDates.TryParse(text, out var date))
        {
            return date;
        }

        unparsed.Add(new UnparsedValue(element, text));
        Problem(
            CinFileProblemLevel.Error,
            $"<{element}> \"{text}\"{ForChild()} is not a date in the census format YYYY-MM-DD (for example 2026-03-31).",
            line, column);
        return null;
    }

    private void Unknown(string parent)
    {
        Problem(
            CinFileProblemLevel.Note,
            $"<{_xml.Name}> inside <{parent}>{ForChild()} is not part of the CIN census and was ignored.",
            Line, Column);
        _xml.Skip();
    }

    private string ForChild() => _currentChildId is null ? "" : $" for child {_currentChildId}";

    private void Problem(CinFileProblemLevel level, string message, int? line = null, int? column = null) =>
        _problems.Add(new CinFileProblem(level, message, line, column, _currentChildId));
}
