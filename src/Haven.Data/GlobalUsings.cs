// Global usings: the domain namespaces whose entities this project maps, so files start with what is particular to them.
global using Haven.Domain.Access;
global using Haven.Domain.Assessments;
global using Haven.Domain.CaseRecording;
global using Haven.Domain.ChildInNeed;
global using Haven.Domain.ChildProtection;
global using Haven.Domain.EarlyHelp;
global using Haven.Domain.Events;
global using Haven.Domain.FrontDoor;
global using Haven.Domain.LookedAfter;
global using Haven.Domain.People;
global using Haven.Domain.Workforce;
