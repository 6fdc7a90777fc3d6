// THIS FILE IS GENERATED FROM schemas/ BY @mra-circulair/codegen. DO NOT EDIT. Run `pnpm generate`.

import type * as I from "@mra-circulair/io-ts";
import type * as T from "@mra-circulair/types";
import type * as Z from "@mra-circulair/zod";
import type * as t from "io-ts";
import { expectTypeOf, test } from "vitest";
import type { z } from "zod";

test("CodelistText", () => {
  expectTypeOf<T.CodelistText>().toExtend<z.infer<typeof Z.CodelistText>>();
  expectTypeOf<T.CodelistText>().toExtend<t.TypeOf<typeof I.CodelistText>>();
  expectTypeOf<z.infer<typeof Z.CodelistText>>().toExtend<T.CodelistText>();
  expectTypeOf<z.infer<typeof Z.CodelistText>>().toExtend<t.TypeOf<typeof I.CodelistText>>();
  expectTypeOf<t.TypeOf<typeof I.CodelistText>>().toExtend<T.CodelistText>();
  expectTypeOf<t.TypeOf<typeof I.CodelistText>>().toExtend<z.infer<typeof Z.CodelistText>>();
});

test("HttpUrl", () => {
  expectTypeOf<T.HttpUrl>().toExtend<z.infer<typeof Z.HttpUrl>>();
  expectTypeOf<T.HttpUrl>().toExtend<t.TypeOf<typeof I.HttpUrl>>();
  expectTypeOf<z.infer<typeof Z.HttpUrl>>().toExtend<T.HttpUrl>();
  expectTypeOf<z.infer<typeof Z.HttpUrl>>().toExtend<t.TypeOf<typeof I.HttpUrl>>();
  expectTypeOf<t.TypeOf<typeof I.HttpUrl>>().toExtend<T.HttpUrl>();
  expectTypeOf<t.TypeOf<typeof I.HttpUrl>>().toExtend<z.infer<typeof Z.HttpUrl>>();
});

test("CodelistSource", () => {
  expectTypeOf<T.CodelistSource>().toExtend<z.infer<typeof Z.CodelistSource>>();
  expectTypeOf<T.CodelistSource>().toExtend<t.TypeOf<typeof I.CodelistSource>>();
  expectTypeOf<z.infer<typeof Z.CodelistSource>>().toExtend<T.CodelistSource>();
  expectTypeOf<z.infer<typeof Z.CodelistSource>>().toExtend<t.TypeOf<typeof I.CodelistSource>>();
  expectTypeOf<t.TypeOf<typeof I.CodelistSource>>().toExtend<T.CodelistSource>();
  expectTypeOf<t.TypeOf<typeof I.CodelistSource>>().toExtend<z.infer<typeof Z.CodelistSource>>();
});

test("CodelistCode", () => {
  expectTypeOf<T.CodelistCode>().toExtend<z.infer<typeof Z.CodelistCode>>();
  expectTypeOf<T.CodelistCode>().toExtend<t.TypeOf<typeof I.CodelistCode>>();
  expectTypeOf<z.infer<typeof Z.CodelistCode>>().toExtend<T.CodelistCode>();
  expectTypeOf<z.infer<typeof Z.CodelistCode>>().toExtend<t.TypeOf<typeof I.CodelistCode>>();
  expectTypeOf<t.TypeOf<typeof I.CodelistCode>>().toExtend<T.CodelistCode>();
  expectTypeOf<t.TypeOf<typeof I.CodelistCode>>().toExtend<z.infer<typeof Z.CodelistCode>>();
});

test("Codelist", () => {
  expectTypeOf<T.Codelist>().toExtend<z.infer<typeof Z.Codelist>>();
  expectTypeOf<T.Codelist>().toExtend<t.TypeOf<typeof I.Codelist>>();
  expectTypeOf<z.infer<typeof Z.Codelist>>().toExtend<T.Codelist>();
  expectTypeOf<z.infer<typeof Z.Codelist>>().toExtend<t.TypeOf<typeof I.Codelist>>();
  expectTypeOf<t.TypeOf<typeof I.Codelist>>().toExtend<T.Codelist>();
  expectTypeOf<t.TypeOf<typeof I.Codelist>>().toExtend<z.infer<typeof Z.Codelist>>();
});

test("Identifier", () => {
  expectTypeOf<T.Identifier>().toExtend<z.infer<typeof Z.Identifier>>();
  expectTypeOf<T.Identifier>().toExtend<t.TypeOf<typeof I.Identifier>>();
  expectTypeOf<z.infer<typeof Z.Identifier>>().toExtend<T.Identifier>();
  expectTypeOf<z.infer<typeof Z.Identifier>>().toExtend<t.TypeOf<typeof I.Identifier>>();
  expectTypeOf<t.TypeOf<typeof I.Identifier>>().toExtend<T.Identifier>();
  expectTypeOf<t.TypeOf<typeof I.Identifier>>().toExtend<z.infer<typeof Z.Identifier>>();
});

test("CalendarDate", () => {
  expectTypeOf<T.CalendarDate>().toExtend<z.infer<typeof Z.CalendarDate>>();
  expectTypeOf<T.CalendarDate>().toExtend<t.TypeOf<typeof I.CalendarDate>>();
  expectTypeOf<z.infer<typeof Z.CalendarDate>>().toExtend<T.CalendarDate>();
  expectTypeOf<z.infer<typeof Z.CalendarDate>>().toExtend<t.TypeOf<typeof I.CalendarDate>>();
  expectTypeOf<t.TypeOf<typeof I.CalendarDate>>().toExtend<T.CalendarDate>();
  expectTypeOf<t.TypeOf<typeof I.CalendarDate>>().toExtend<z.infer<typeof Z.CalendarDate>>();
});

test("DateTime", () => {
  expectTypeOf<T.DateTime>().toExtend<z.infer<typeof Z.DateTime>>();
  expectTypeOf<T.DateTime>().toExtend<t.TypeOf<typeof I.DateTime>>();
  expectTypeOf<z.infer<typeof Z.DateTime>>().toExtend<T.DateTime>();
  expectTypeOf<z.infer<typeof Z.DateTime>>().toExtend<t.TypeOf<typeof I.DateTime>>();
  expectTypeOf<t.TypeOf<typeof I.DateTime>>().toExtend<T.DateTime>();
  expectTypeOf<t.TypeOf<typeof I.DateTime>>().toExtend<z.infer<typeof Z.DateTime>>();
});

test("Year", () => {
  expectTypeOf<T.Year>().toExtend<z.infer<typeof Z.Year>>();
  expectTypeOf<T.Year>().toExtend<t.TypeOf<typeof I.Year>>();
  expectTypeOf<z.infer<typeof Z.Year>>().toExtend<T.Year>();
  expectTypeOf<z.infer<typeof Z.Year>>().toExtend<t.TypeOf<typeof I.Year>>();
  expectTypeOf<t.TypeOf<typeof I.Year>>().toExtend<T.Year>();
  expectTypeOf<t.TypeOf<typeof I.Year>>().toExtend<z.infer<typeof Z.Year>>();
});

test("Amount", () => {
  expectTypeOf<T.Amount>().toExtend<z.infer<typeof Z.Amount>>();
  expectTypeOf<T.Amount>().toExtend<t.TypeOf<typeof I.Amount>>();
  expectTypeOf<z.infer<typeof Z.Amount>>().toExtend<T.Amount>();
  expectTypeOf<z.infer<typeof Z.Amount>>().toExtend<t.TypeOf<typeof I.Amount>>();
  expectTypeOf<t.TypeOf<typeof I.Amount>>().toExtend<T.Amount>();
  expectTypeOf<t.TypeOf<typeof I.Amount>>().toExtend<z.infer<typeof Z.Amount>>();
});

test("Quantity", () => {
  expectTypeOf<T.Quantity>().toExtend<z.infer<typeof Z.Quantity>>();
  expectTypeOf<T.Quantity>().toExtend<t.TypeOf<typeof I.Quantity>>();
  expectTypeOf<z.infer<typeof Z.Quantity>>().toExtend<T.Quantity>();
  expectTypeOf<z.infer<typeof Z.Quantity>>().toExtend<t.TypeOf<typeof I.Quantity>>();
  expectTypeOf<t.TypeOf<typeof I.Quantity>>().toExtend<T.Quantity>();
  expectTypeOf<t.TypeOf<typeof I.Quantity>>().toExtend<z.infer<typeof Z.Quantity>>();
});

test("Percentage", () => {
  expectTypeOf<T.Percentage>().toExtend<z.infer<typeof Z.Percentage>>();
  expectTypeOf<T.Percentage>().toExtend<t.TypeOf<typeof I.Percentage>>();
  expectTypeOf<z.infer<typeof Z.Percentage>>().toExtend<T.Percentage>();
  expectTypeOf<z.infer<typeof Z.Percentage>>().toExtend<t.TypeOf<typeof I.Percentage>>();
  expectTypeOf<t.TypeOf<typeof I.Percentage>>().toExtend<T.Percentage>();
  expectTypeOf<t.TypeOf<typeof I.Percentage>>().toExtend<z.infer<typeof Z.Percentage>>();
});

test("Money", () => {
  expectTypeOf<T.Money>().toExtend<z.infer<typeof Z.Money>>();
  expectTypeOf<T.Money>().toExtend<t.TypeOf<typeof I.Money>>();
  expectTypeOf<z.infer<typeof Z.Money>>().toExtend<T.Money>();
  expectTypeOf<z.infer<typeof Z.Money>>().toExtend<t.TypeOf<typeof I.Money>>();
  expectTypeOf<t.TypeOf<typeof I.Money>>().toExtend<T.Money>();
  expectTypeOf<t.TypeOf<typeof I.Money>>().toExtend<z.infer<typeof Z.Money>>();
});

test("LocalizedText", () => {
  expectTypeOf<T.LocalizedText>().toExtend<z.infer<typeof Z.LocalizedText>>();
  expectTypeOf<T.LocalizedText>().toExtend<t.TypeOf<typeof I.LocalizedText>>();
  expectTypeOf<z.infer<typeof Z.LocalizedText>>().toExtend<T.LocalizedText>();
  expectTypeOf<z.infer<typeof Z.LocalizedText>>().toExtend<t.TypeOf<typeof I.LocalizedText>>();
  expectTypeOf<t.TypeOf<typeof I.LocalizedText>>().toExtend<T.LocalizedText>();
  expectTypeOf<t.TypeOf<typeof I.LocalizedText>>().toExtend<z.infer<typeof Z.LocalizedText>>();
});

test("CpvCode", () => {
  expectTypeOf<T.CpvCode>().toExtend<z.infer<typeof Z.CpvCode>>();
  expectTypeOf<T.CpvCode>().toExtend<t.TypeOf<typeof I.CpvCode>>();
  expectTypeOf<z.infer<typeof Z.CpvCode>>().toExtend<T.CpvCode>();
  expectTypeOf<z.infer<typeof Z.CpvCode>>().toExtend<t.TypeOf<typeof I.CpvCode>>();
  expectTypeOf<t.TypeOf<typeof I.CpvCode>>().toExtend<T.CpvCode>();
  expectTypeOf<t.TypeOf<typeof I.CpvCode>>().toExtend<z.infer<typeof Z.CpvCode>>();
});

test("Provenance", () => {
  expectTypeOf<T.Provenance>().toExtend<z.infer<typeof Z.Provenance>>();
  expectTypeOf<T.Provenance>().toExtend<t.TypeOf<typeof I.Provenance>>();
  expectTypeOf<z.infer<typeof Z.Provenance>>().toExtend<T.Provenance>();
  expectTypeOf<z.infer<typeof Z.Provenance>>().toExtend<t.TypeOf<typeof I.Provenance>>();
  expectTypeOf<t.TypeOf<typeof I.Provenance>>().toExtend<T.Provenance>();
  expectTypeOf<t.TypeOf<typeof I.Provenance>>().toExtend<z.infer<typeof Z.Provenance>>();
});

test("CriterionType", () => {
  expectTypeOf<T.CriterionType>().toExtend<z.infer<typeof Z.CriterionType>>();
  expectTypeOf<T.CriterionType>().toExtend<t.TypeOf<typeof I.CriterionType>>();
  expectTypeOf<z.infer<typeof Z.CriterionType>>().toExtend<T.CriterionType>();
  expectTypeOf<z.infer<typeof Z.CriterionType>>().toExtend<t.TypeOf<typeof I.CriterionType>>();
  expectTypeOf<t.TypeOf<typeof I.CriterionType>>().toExtend<T.CriterionType>();
  expectTypeOf<t.TypeOf<typeof I.CriterionType>>().toExtend<z.infer<typeof Z.CriterionType>>();
});

test("MvoiTheme", () => {
  expectTypeOf<T.MvoiTheme>().toExtend<z.infer<typeof Z.MvoiTheme>>();
  expectTypeOf<T.MvoiTheme>().toExtend<t.TypeOf<typeof I.MvoiTheme>>();
  expectTypeOf<z.infer<typeof Z.MvoiTheme>>().toExtend<T.MvoiTheme>();
  expectTypeOf<z.infer<typeof Z.MvoiTheme>>().toExtend<t.TypeOf<typeof I.MvoiTheme>>();
  expectTypeOf<t.TypeOf<typeof I.MvoiTheme>>().toExtend<T.MvoiTheme>();
  expectTypeOf<t.TypeOf<typeof I.MvoiTheme>>().toExtend<z.infer<typeof Z.MvoiTheme>>();
});

test("RStrategyPbl", () => {
  expectTypeOf<T.RStrategyPbl>().toExtend<z.infer<typeof Z.RStrategyPbl>>();
  expectTypeOf<T.RStrategyPbl>().toExtend<t.TypeOf<typeof I.RStrategyPbl>>();
  expectTypeOf<z.infer<typeof Z.RStrategyPbl>>().toExtend<T.RStrategyPbl>();
  expectTypeOf<z.infer<typeof Z.RStrategyPbl>>().toExtend<t.TypeOf<typeof I.RStrategyPbl>>();
  expectTypeOf<t.TypeOf<typeof I.RStrategyPbl>>().toExtend<T.RStrategyPbl>();
  expectTypeOf<t.TypeOf<typeof I.RStrategyPbl>>().toExtend<z.infer<typeof Z.RStrategyPbl>>();
});

test("RStrategyRvo", () => {
  expectTypeOf<T.RStrategyRvo>().toExtend<z.infer<typeof Z.RStrategyRvo>>();
  expectTypeOf<T.RStrategyRvo>().toExtend<t.TypeOf<typeof I.RStrategyRvo>>();
  expectTypeOf<z.infer<typeof Z.RStrategyRvo>>().toExtend<T.RStrategyRvo>();
  expectTypeOf<z.infer<typeof Z.RStrategyRvo>>().toExtend<t.TypeOf<typeof I.RStrategyRvo>>();
  expectTypeOf<t.TypeOf<typeof I.RStrategyRvo>>().toExtend<T.RStrategyRvo>();
  expectTypeOf<t.TypeOf<typeof I.RStrategyRvo>>().toExtend<z.infer<typeof Z.RStrategyRvo>>();
});

test("RStrategy", () => {
  expectTypeOf<T.RStrategy>().toExtend<z.infer<typeof Z.RStrategy>>();
  expectTypeOf<T.RStrategy>().toExtend<t.TypeOf<typeof I.RStrategy>>();
  expectTypeOf<z.infer<typeof Z.RStrategy>>().toExtend<T.RStrategy>();
  expectTypeOf<z.infer<typeof Z.RStrategy>>().toExtend<t.TypeOf<typeof I.RStrategy>>();
  expectTypeOf<t.TypeOf<typeof I.RStrategy>>().toExtend<T.RStrategy>();
  expectTypeOf<t.TypeOf<typeof I.RStrategy>>().toExtend<z.infer<typeof Z.RStrategy>>();
});

test("SemanticVersion", () => {
  expectTypeOf<T.SemanticVersion>().toExtend<z.infer<typeof Z.SemanticVersion>>();
  expectTypeOf<T.SemanticVersion>().toExtend<t.TypeOf<typeof I.SemanticVersion>>();
  expectTypeOf<z.infer<typeof Z.SemanticVersion>>().toExtend<T.SemanticVersion>();
  expectTypeOf<z.infer<typeof Z.SemanticVersion>>().toExtend<t.TypeOf<typeof I.SemanticVersion>>();
  expectTypeOf<t.TypeOf<typeof I.SemanticVersion>>().toExtend<T.SemanticVersion>();
  expectTypeOf<t.TypeOf<typeof I.SemanticVersion>>().toExtend<z.infer<typeof Z.SemanticVersion>>();
});

test("Criterion", () => {
  expectTypeOf<T.Criterion>().toExtend<z.infer<typeof Z.Criterion>>();
  expectTypeOf<T.Criterion>().toExtend<t.TypeOf<typeof I.Criterion>>();
  expectTypeOf<z.infer<typeof Z.Criterion>>().toExtend<T.Criterion>();
  expectTypeOf<z.infer<typeof Z.Criterion>>().toExtend<t.TypeOf<typeof I.Criterion>>();
  expectTypeOf<t.TypeOf<typeof I.Criterion>>().toExtend<T.Criterion>();
  expectTypeOf<t.TypeOf<typeof I.Criterion>>().toExtend<z.infer<typeof Z.Criterion>>();
});

test("DatasetPublisher", () => {
  expectTypeOf<T.DatasetPublisher>().toExtend<z.infer<typeof Z.DatasetPublisher>>();
  expectTypeOf<T.DatasetPublisher>().toExtend<t.TypeOf<typeof I.DatasetPublisher>>();
  expectTypeOf<z.infer<typeof Z.DatasetPublisher>>().toExtend<T.DatasetPublisher>();
  expectTypeOf<z.infer<typeof Z.DatasetPublisher>>().toExtend<t.TypeOf<typeof I.DatasetPublisher>>();
  expectTypeOf<t.TypeOf<typeof I.DatasetPublisher>>().toExtend<T.DatasetPublisher>();
  expectTypeOf<t.TypeOf<typeof I.DatasetPublisher>>().toExtend<z.infer<typeof Z.DatasetPublisher>>();
});

test("DatasetMeta", () => {
  expectTypeOf<T.DatasetMeta>().toExtend<z.infer<typeof Z.DatasetMeta>>();
  expectTypeOf<T.DatasetMeta>().toExtend<t.TypeOf<typeof I.DatasetMeta>>();
  expectTypeOf<z.infer<typeof Z.DatasetMeta>>().toExtend<T.DatasetMeta>();
  expectTypeOf<z.infer<typeof Z.DatasetMeta>>().toExtend<t.TypeOf<typeof I.DatasetMeta>>();
  expectTypeOf<t.TypeOf<typeof I.DatasetMeta>>().toExtend<T.DatasetMeta>();
  expectTypeOf<t.TypeOf<typeof I.DatasetMeta>>().toExtend<z.infer<typeof Z.DatasetMeta>>();
});

test("MetaLine", () => {
  expectTypeOf<T.MetaLine>().toExtend<z.infer<typeof Z.MetaLine>>();
  expectTypeOf<T.MetaLine>().toExtend<t.TypeOf<typeof I.MetaLine>>();
  expectTypeOf<z.infer<typeof Z.MetaLine>>().toExtend<T.MetaLine>();
  expectTypeOf<z.infer<typeof Z.MetaLine>>().toExtend<t.TypeOf<typeof I.MetaLine>>();
  expectTypeOf<t.TypeOf<typeof I.MetaLine>>().toExtend<T.MetaLine>();
  expectTypeOf<t.TypeOf<typeof I.MetaLine>>().toExtend<z.infer<typeof Z.MetaLine>>();
});

test("OrganisationIdentifier", () => {
  expectTypeOf<T.OrganisationIdentifier>().toExtend<z.infer<typeof Z.OrganisationIdentifier>>();
  expectTypeOf<T.OrganisationIdentifier>().toExtend<t.TypeOf<typeof I.OrganisationIdentifier>>();
  expectTypeOf<z.infer<typeof Z.OrganisationIdentifier>>().toExtend<T.OrganisationIdentifier>();
  expectTypeOf<z.infer<typeof Z.OrganisationIdentifier>>().toExtend<t.TypeOf<typeof I.OrganisationIdentifier>>();
  expectTypeOf<t.TypeOf<typeof I.OrganisationIdentifier>>().toExtend<T.OrganisationIdentifier>();
  expectTypeOf<t.TypeOf<typeof I.OrganisationIdentifier>>().toExtend<z.infer<typeof Z.OrganisationIdentifier>>();
});

test("Succession", () => {
  expectTypeOf<T.Succession>().toExtend<z.infer<typeof Z.Succession>>();
  expectTypeOf<T.Succession>().toExtend<t.TypeOf<typeof I.Succession>>();
  expectTypeOf<z.infer<typeof Z.Succession>>().toExtend<T.Succession>();
  expectTypeOf<z.infer<typeof Z.Succession>>().toExtend<t.TypeOf<typeof I.Succession>>();
  expectTypeOf<t.TypeOf<typeof I.Succession>>().toExtend<T.Succession>();
  expectTypeOf<t.TypeOf<typeof I.Succession>>().toExtend<z.infer<typeof Z.Succession>>();
});

test("Organisation", () => {
  expectTypeOf<T.Organisation>().toExtend<z.infer<typeof Z.Organisation>>();
  expectTypeOf<T.Organisation>().toExtend<t.TypeOf<typeof I.Organisation>>();
  expectTypeOf<z.infer<typeof Z.Organisation>>().toExtend<T.Organisation>();
  expectTypeOf<z.infer<typeof Z.Organisation>>().toExtend<t.TypeOf<typeof I.Organisation>>();
  expectTypeOf<t.TypeOf<typeof I.Organisation>>().toExtend<T.Organisation>();
  expectTypeOf<t.TypeOf<typeof I.Organisation>>().toExtend<z.infer<typeof Z.Organisation>>();
});

test("OrganisationLine", () => {
  expectTypeOf<T.OrganisationLine>().toExtend<z.infer<typeof Z.OrganisationLine>>();
  expectTypeOf<T.OrganisationLine>().toExtend<t.TypeOf<typeof I.OrganisationLine>>();
  expectTypeOf<z.infer<typeof Z.OrganisationLine>>().toExtend<T.OrganisationLine>();
  expectTypeOf<z.infer<typeof Z.OrganisationLine>>().toExtend<t.TypeOf<typeof I.OrganisationLine>>();
  expectTypeOf<t.TypeOf<typeof I.OrganisationLine>>().toExtend<T.OrganisationLine>();
  expectTypeOf<t.TypeOf<typeof I.OrganisationLine>>().toExtend<z.infer<typeof Z.OrganisationLine>>();
});

test("IndicatorUnit", () => {
  expectTypeOf<T.IndicatorUnit>().toExtend<z.infer<typeof Z.IndicatorUnit>>();
  expectTypeOf<T.IndicatorUnit>().toExtend<t.TypeOf<typeof I.IndicatorUnit>>();
  expectTypeOf<z.infer<typeof Z.IndicatorUnit>>().toExtend<T.IndicatorUnit>();
  expectTypeOf<z.infer<typeof Z.IndicatorUnit>>().toExtend<t.TypeOf<typeof I.IndicatorUnit>>();
  expectTypeOf<t.TypeOf<typeof I.IndicatorUnit>>().toExtend<T.IndicatorUnit>();
  expectTypeOf<t.TypeOf<typeof I.IndicatorUnit>>().toExtend<z.infer<typeof Z.IndicatorUnit>>();
});

test("Target", () => {
  expectTypeOf<T.Target>().toExtend<z.infer<typeof Z.Target>>();
  expectTypeOf<T.Target>().toExtend<t.TypeOf<typeof I.Target>>();
  expectTypeOf<z.infer<typeof Z.Target>>().toExtend<T.Target>();
  expectTypeOf<z.infer<typeof Z.Target>>().toExtend<t.TypeOf<typeof I.Target>>();
  expectTypeOf<t.TypeOf<typeof I.Target>>().toExtend<T.Target>();
  expectTypeOf<t.TypeOf<typeof I.Target>>().toExtend<z.infer<typeof Z.Target>>();
});

test("Declaration", () => {
  expectTypeOf<T.Declaration>().toExtend<z.infer<typeof Z.Declaration>>();
  expectTypeOf<T.Declaration>().toExtend<t.TypeOf<typeof I.Declaration>>();
  expectTypeOf<z.infer<typeof Z.Declaration>>().toExtend<T.Declaration>();
  expectTypeOf<z.infer<typeof Z.Declaration>>().toExtend<t.TypeOf<typeof I.Declaration>>();
  expectTypeOf<t.TypeOf<typeof I.Declaration>>().toExtend<T.Declaration>();
  expectTypeOf<t.TypeOf<typeof I.Declaration>>().toExtend<z.infer<typeof Z.Declaration>>();
});

test("DeclarationLine", () => {
  expectTypeOf<T.DeclarationLine>().toExtend<z.infer<typeof Z.DeclarationLine>>();
  expectTypeOf<T.DeclarationLine>().toExtend<t.TypeOf<typeof I.DeclarationLine>>();
  expectTypeOf<z.infer<typeof Z.DeclarationLine>>().toExtend<T.DeclarationLine>();
  expectTypeOf<z.infer<typeof Z.DeclarationLine>>().toExtend<t.TypeOf<typeof I.DeclarationLine>>();
  expectTypeOf<t.TypeOf<typeof I.DeclarationLine>>().toExtend<T.DeclarationLine>();
  expectTypeOf<t.TypeOf<typeof I.DeclarationLine>>().toExtend<z.infer<typeof Z.DeclarationLine>>();
});

test("Signature", () => {
  expectTypeOf<T.Signature>().toExtend<z.infer<typeof Z.Signature>>();
  expectTypeOf<T.Signature>().toExtend<t.TypeOf<typeof I.Signature>>();
  expectTypeOf<z.infer<typeof Z.Signature>>().toExtend<T.Signature>();
  expectTypeOf<z.infer<typeof Z.Signature>>().toExtend<t.TypeOf<typeof I.Signature>>();
  expectTypeOf<t.TypeOf<typeof I.Signature>>().toExtend<T.Signature>();
  expectTypeOf<t.TypeOf<typeof I.Signature>>().toExtend<z.infer<typeof Z.Signature>>();
});

test("SignatureLine", () => {
  expectTypeOf<T.SignatureLine>().toExtend<z.infer<typeof Z.SignatureLine>>();
  expectTypeOf<T.SignatureLine>().toExtend<t.TypeOf<typeof I.SignatureLine>>();
  expectTypeOf<z.infer<typeof Z.SignatureLine>>().toExtend<T.SignatureLine>();
  expectTypeOf<z.infer<typeof Z.SignatureLine>>().toExtend<t.TypeOf<typeof I.SignatureLine>>();
  expectTypeOf<t.TypeOf<typeof I.SignatureLine>>().toExtend<T.SignatureLine>();
  expectTypeOf<t.TypeOf<typeof I.SignatureLine>>().toExtend<z.infer<typeof Z.SignatureLine>>();
});

test("OrganisationAmbitionLevel", () => {
  expectTypeOf<T.OrganisationAmbitionLevel>().toExtend<z.infer<typeof Z.OrganisationAmbitionLevel>>();
  expectTypeOf<T.OrganisationAmbitionLevel>().toExtend<t.TypeOf<typeof I.OrganisationAmbitionLevel>>();
  expectTypeOf<z.infer<typeof Z.OrganisationAmbitionLevel>>().toExtend<T.OrganisationAmbitionLevel>();
  expectTypeOf<z.infer<typeof Z.OrganisationAmbitionLevel>>().toExtend<t.TypeOf<typeof I.OrganisationAmbitionLevel>>();
  expectTypeOf<t.TypeOf<typeof I.OrganisationAmbitionLevel>>().toExtend<T.OrganisationAmbitionLevel>();
  expectTypeOf<t.TypeOf<typeof I.OrganisationAmbitionLevel>>().toExtend<z.infer<typeof Z.OrganisationAmbitionLevel>>();
});

test("OrganisationAmbition", () => {
  expectTypeOf<T.OrganisationAmbition>().toExtend<z.infer<typeof Z.OrganisationAmbition>>();
  expectTypeOf<T.OrganisationAmbition>().toExtend<t.TypeOf<typeof I.OrganisationAmbition>>();
  expectTypeOf<z.infer<typeof Z.OrganisationAmbition>>().toExtend<T.OrganisationAmbition>();
  expectTypeOf<z.infer<typeof Z.OrganisationAmbition>>().toExtend<t.TypeOf<typeof I.OrganisationAmbition>>();
  expectTypeOf<t.TypeOf<typeof I.OrganisationAmbition>>().toExtend<T.OrganisationAmbition>();
  expectTypeOf<t.TypeOf<typeof I.OrganisationAmbition>>().toExtend<z.infer<typeof Z.OrganisationAmbition>>();
});

test("RoadmapAction", () => {
  expectTypeOf<T.RoadmapAction>().toExtend<z.infer<typeof Z.RoadmapAction>>();
  expectTypeOf<T.RoadmapAction>().toExtend<t.TypeOf<typeof I.RoadmapAction>>();
  expectTypeOf<z.infer<typeof Z.RoadmapAction>>().toExtend<T.RoadmapAction>();
  expectTypeOf<z.infer<typeof Z.RoadmapAction>>().toExtend<t.TypeOf<typeof I.RoadmapAction>>();
  expectTypeOf<t.TypeOf<typeof I.RoadmapAction>>().toExtend<T.RoadmapAction>();
  expectTypeOf<t.TypeOf<typeof I.RoadmapAction>>().toExtend<z.infer<typeof Z.RoadmapAction>>();
});

test("Roadmap", () => {
  expectTypeOf<T.Roadmap>().toExtend<z.infer<typeof Z.Roadmap>>();
  expectTypeOf<T.Roadmap>().toExtend<t.TypeOf<typeof I.Roadmap>>();
  expectTypeOf<z.infer<typeof Z.Roadmap>>().toExtend<T.Roadmap>();
  expectTypeOf<z.infer<typeof Z.Roadmap>>().toExtend<t.TypeOf<typeof I.Roadmap>>();
  expectTypeOf<t.TypeOf<typeof I.Roadmap>>().toExtend<T.Roadmap>();
  expectTypeOf<t.TypeOf<typeof I.Roadmap>>().toExtend<z.infer<typeof Z.Roadmap>>();
});

test("RoadmapLine", () => {
  expectTypeOf<T.RoadmapLine>().toExtend<z.infer<typeof Z.RoadmapLine>>();
  expectTypeOf<T.RoadmapLine>().toExtend<t.TypeOf<typeof I.RoadmapLine>>();
  expectTypeOf<z.infer<typeof Z.RoadmapLine>>().toExtend<T.RoadmapLine>();
  expectTypeOf<z.infer<typeof Z.RoadmapLine>>().toExtend<t.TypeOf<typeof I.RoadmapLine>>();
  expectTypeOf<t.TypeOf<typeof I.RoadmapLine>>().toExtend<T.RoadmapLine>();
  expectTypeOf<t.TypeOf<typeof I.RoadmapLine>>().toExtend<z.infer<typeof Z.RoadmapLine>>();
});

test("Goal", () => {
  expectTypeOf<T.Goal>().toExtend<z.infer<typeof Z.Goal>>();
  expectTypeOf<T.Goal>().toExtend<t.TypeOf<typeof I.Goal>>();
  expectTypeOf<z.infer<typeof Z.Goal>>().toExtend<T.Goal>();
  expectTypeOf<z.infer<typeof Z.Goal>>().toExtend<t.TypeOf<typeof I.Goal>>();
  expectTypeOf<t.TypeOf<typeof I.Goal>>().toExtend<T.Goal>();
  expectTypeOf<t.TypeOf<typeof I.Goal>>().toExtend<z.infer<typeof Z.Goal>>();
});

test("GoalLine", () => {
  expectTypeOf<T.GoalLine>().toExtend<z.infer<typeof Z.GoalLine>>();
  expectTypeOf<T.GoalLine>().toExtend<t.TypeOf<typeof I.GoalLine>>();
  expectTypeOf<z.infer<typeof Z.GoalLine>>().toExtend<T.GoalLine>();
  expectTypeOf<z.infer<typeof Z.GoalLine>>().toExtend<t.TypeOf<typeof I.GoalLine>>();
  expectTypeOf<t.TypeOf<typeof I.GoalLine>>().toExtend<T.GoalLine>();
  expectTypeOf<t.TypeOf<typeof I.GoalLine>>().toExtend<z.infer<typeof Z.GoalLine>>();
});

test("PackagePriority", () => {
  expectTypeOf<T.PackagePriority>().toExtend<z.infer<typeof Z.PackagePriority>>();
  expectTypeOf<T.PackagePriority>().toExtend<t.TypeOf<typeof I.PackagePriority>>();
  expectTypeOf<z.infer<typeof Z.PackagePriority>>().toExtend<T.PackagePriority>();
  expectTypeOf<z.infer<typeof Z.PackagePriority>>().toExtend<t.TypeOf<typeof I.PackagePriority>>();
  expectTypeOf<t.TypeOf<typeof I.PackagePriority>>().toExtend<T.PackagePriority>();
  expectTypeOf<t.TypeOf<typeof I.PackagePriority>>().toExtend<z.infer<typeof Z.PackagePriority>>();
});

test("PackageAdoption", () => {
  expectTypeOf<T.PackageAdoption>().toExtend<z.infer<typeof Z.PackageAdoption>>();
  expectTypeOf<T.PackageAdoption>().toExtend<t.TypeOf<typeof I.PackageAdoption>>();
  expectTypeOf<z.infer<typeof Z.PackageAdoption>>().toExtend<T.PackageAdoption>();
  expectTypeOf<z.infer<typeof Z.PackageAdoption>>().toExtend<t.TypeOf<typeof I.PackageAdoption>>();
  expectTypeOf<t.TypeOf<typeof I.PackageAdoption>>().toExtend<T.PackageAdoption>();
  expectTypeOf<t.TypeOf<typeof I.PackageAdoption>>().toExtend<z.infer<typeof Z.PackageAdoption>>();
});

test("PurchasePackage", () => {
  expectTypeOf<T.PurchasePackage>().toExtend<z.infer<typeof Z.PurchasePackage>>();
  expectTypeOf<T.PurchasePackage>().toExtend<t.TypeOf<typeof I.PurchasePackage>>();
  expectTypeOf<z.infer<typeof Z.PurchasePackage>>().toExtend<T.PurchasePackage>();
  expectTypeOf<z.infer<typeof Z.PurchasePackage>>().toExtend<t.TypeOf<typeof I.PurchasePackage>>();
  expectTypeOf<t.TypeOf<typeof I.PurchasePackage>>().toExtend<T.PurchasePackage>();
  expectTypeOf<t.TypeOf<typeof I.PurchasePackage>>().toExtend<z.infer<typeof Z.PurchasePackage>>();
});

test("PurchasePackageLine", () => {
  expectTypeOf<T.PurchasePackageLine>().toExtend<z.infer<typeof Z.PurchasePackageLine>>();
  expectTypeOf<T.PurchasePackageLine>().toExtend<t.TypeOf<typeof I.PurchasePackageLine>>();
  expectTypeOf<z.infer<typeof Z.PurchasePackageLine>>().toExtend<T.PurchasePackageLine>();
  expectTypeOf<z.infer<typeof Z.PurchasePackageLine>>().toExtend<t.TypeOf<typeof I.PurchasePackageLine>>();
  expectTypeOf<t.TypeOf<typeof I.PurchasePackageLine>>().toExtend<T.PurchasePackageLine>();
  expectTypeOf<t.TypeOf<typeof I.PurchasePackageLine>>().toExtend<z.infer<typeof Z.PurchasePackageLine>>();
});

test("TrackGuidance", () => {
  expectTypeOf<T.TrackGuidance>().toExtend<z.infer<typeof Z.TrackGuidance>>();
  expectTypeOf<T.TrackGuidance>().toExtend<t.TypeOf<typeof I.TrackGuidance>>();
  expectTypeOf<z.infer<typeof Z.TrackGuidance>>().toExtend<T.TrackGuidance>();
  expectTypeOf<z.infer<typeof Z.TrackGuidance>>().toExtend<t.TypeOf<typeof I.TrackGuidance>>();
  expectTypeOf<t.TypeOf<typeof I.TrackGuidance>>().toExtend<T.TrackGuidance>();
  expectTypeOf<t.TypeOf<typeof I.TrackGuidance>>().toExtend<z.infer<typeof Z.TrackGuidance>>();
});

test("Track", () => {
  expectTypeOf<T.Track>().toExtend<z.infer<typeof Z.Track>>();
  expectTypeOf<T.Track>().toExtend<t.TypeOf<typeof I.Track>>();
  expectTypeOf<z.infer<typeof Z.Track>>().toExtend<T.Track>();
  expectTypeOf<z.infer<typeof Z.Track>>().toExtend<t.TypeOf<typeof I.Track>>();
  expectTypeOf<t.TypeOf<typeof I.Track>>().toExtend<T.Track>();
  expectTypeOf<t.TypeOf<typeof I.Track>>().toExtend<z.infer<typeof Z.Track>>();
});

test("TrackLine", () => {
  expectTypeOf<T.TrackLine>().toExtend<z.infer<typeof Z.TrackLine>>();
  expectTypeOf<T.TrackLine>().toExtend<t.TypeOf<typeof I.TrackLine>>();
  expectTypeOf<z.infer<typeof Z.TrackLine>>().toExtend<T.TrackLine>();
  expectTypeOf<z.infer<typeof Z.TrackLine>>().toExtend<t.TypeOf<typeof I.TrackLine>>();
  expectTypeOf<t.TypeOf<typeof I.TrackLine>>().toExtend<T.TrackLine>();
  expectTypeOf<t.TypeOf<typeof I.TrackLine>>().toExtend<z.infer<typeof Z.TrackLine>>();
});

test("CriterionLine", () => {
  expectTypeOf<T.CriterionLine>().toExtend<z.infer<typeof Z.CriterionLine>>();
  expectTypeOf<T.CriterionLine>().toExtend<t.TypeOf<typeof I.CriterionLine>>();
  expectTypeOf<z.infer<typeof Z.CriterionLine>>().toExtend<T.CriterionLine>();
  expectTypeOf<z.infer<typeof Z.CriterionLine>>().toExtend<t.TypeOf<typeof I.CriterionLine>>();
  expectTypeOf<t.TypeOf<typeof I.CriterionLine>>().toExtend<T.CriterionLine>();
  expectTypeOf<t.TypeOf<typeof I.CriterionLine>>().toExtend<z.infer<typeof Z.CriterionLine>>();
});

test("MraItemRef", () => {
  expectTypeOf<T.MraItemRef>().toExtend<z.infer<typeof Z.MraItemRef>>();
  expectTypeOf<T.MraItemRef>().toExtend<t.TypeOf<typeof I.MraItemRef>>();
  expectTypeOf<z.infer<typeof Z.MraItemRef>>().toExtend<T.MraItemRef>();
  expectTypeOf<z.infer<typeof Z.MraItemRef>>().toExtend<t.TypeOf<typeof I.MraItemRef>>();
  expectTypeOf<t.TypeOf<typeof I.MraItemRef>>().toExtend<T.MraItemRef>();
  expectTypeOf<t.TypeOf<typeof I.MraItemRef>>().toExtend<z.infer<typeof Z.MraItemRef>>();
});

test("MviCriterionRef", () => {
  expectTypeOf<T.MviCriterionRef>().toExtend<z.infer<typeof Z.MviCriterionRef>>();
  expectTypeOf<T.MviCriterionRef>().toExtend<t.TypeOf<typeof I.MviCriterionRef>>();
  expectTypeOf<z.infer<typeof Z.MviCriterionRef>>().toExtend<T.MviCriterionRef>();
  expectTypeOf<z.infer<typeof Z.MviCriterionRef>>().toExtend<t.TypeOf<typeof I.MviCriterionRef>>();
  expectTypeOf<t.TypeOf<typeof I.MviCriterionRef>>().toExtend<T.MviCriterionRef>();
  expectTypeOf<t.TypeOf<typeof I.MviCriterionRef>>().toExtend<z.infer<typeof Z.MviCriterionRef>>();
});

test("MvoiThemeRef", () => {
  expectTypeOf<T.MvoiThemeRef>().toExtend<z.infer<typeof Z.MvoiThemeRef>>();
  expectTypeOf<T.MvoiThemeRef>().toExtend<t.TypeOf<typeof I.MvoiThemeRef>>();
  expectTypeOf<z.infer<typeof Z.MvoiThemeRef>>().toExtend<T.MvoiThemeRef>();
  expectTypeOf<z.infer<typeof Z.MvoiThemeRef>>().toExtend<t.TypeOf<typeof I.MvoiThemeRef>>();
  expectTypeOf<t.TypeOf<typeof I.MvoiThemeRef>>().toExtend<T.MvoiThemeRef>();
  expectTypeOf<t.TypeOf<typeof I.MvoiThemeRef>>().toExtend<z.infer<typeof Z.MvoiThemeRef>>();
});

test("MviPlanRef", () => {
  expectTypeOf<T.MviPlanRef>().toExtend<z.infer<typeof Z.MviPlanRef>>();
  expectTypeOf<T.MviPlanRef>().toExtend<t.TypeOf<typeof I.MviPlanRef>>();
  expectTypeOf<z.infer<typeof Z.MviPlanRef>>().toExtend<T.MviPlanRef>();
  expectTypeOf<z.infer<typeof Z.MviPlanRef>>().toExtend<t.TypeOf<typeof I.MviPlanRef>>();
  expectTypeOf<t.TypeOf<typeof I.MviPlanRef>>().toExtend<T.MviPlanRef>();
  expectTypeOf<t.TypeOf<typeof I.MviPlanRef>>().toExtend<z.infer<typeof Z.MviPlanRef>>();
});

test("MviLinkTarget", () => {
  expectTypeOf<T.MviLinkTarget>().toExtend<z.infer<typeof Z.MviLinkTarget>>();
  expectTypeOf<T.MviLinkTarget>().toExtend<t.TypeOf<typeof I.MviLinkTarget>>();
  expectTypeOf<z.infer<typeof Z.MviLinkTarget>>().toExtend<T.MviLinkTarget>();
  expectTypeOf<z.infer<typeof Z.MviLinkTarget>>().toExtend<t.TypeOf<typeof I.MviLinkTarget>>();
  expectTypeOf<t.TypeOf<typeof I.MviLinkTarget>>().toExtend<T.MviLinkTarget>();
  expectTypeOf<t.TypeOf<typeof I.MviLinkTarget>>().toExtend<z.infer<typeof Z.MviLinkTarget>>();
});

test("MviLink", () => {
  expectTypeOf<T.MviLink>().toExtend<z.infer<typeof Z.MviLink>>();
  expectTypeOf<T.MviLink>().toExtend<t.TypeOf<typeof I.MviLink>>();
  expectTypeOf<z.infer<typeof Z.MviLink>>().toExtend<T.MviLink>();
  expectTypeOf<z.infer<typeof Z.MviLink>>().toExtend<t.TypeOf<typeof I.MviLink>>();
  expectTypeOf<t.TypeOf<typeof I.MviLink>>().toExtend<T.MviLink>();
  expectTypeOf<t.TypeOf<typeof I.MviLink>>().toExtend<z.infer<typeof Z.MviLink>>();
});

test("MviLinkLine", () => {
  expectTypeOf<T.MviLinkLine>().toExtend<z.infer<typeof Z.MviLinkLine>>();
  expectTypeOf<T.MviLinkLine>().toExtend<t.TypeOf<typeof I.MviLinkLine>>();
  expectTypeOf<z.infer<typeof Z.MviLinkLine>>().toExtend<T.MviLinkLine>();
  expectTypeOf<z.infer<typeof Z.MviLinkLine>>().toExtend<t.TypeOf<typeof I.MviLinkLine>>();
  expectTypeOf<t.TypeOf<typeof I.MviLinkLine>>().toExtend<T.MviLinkLine>();
  expectTypeOf<t.TypeOf<typeof I.MviLinkLine>>().toExtend<z.infer<typeof Z.MviLinkLine>>();
});

test("IndicatorDefinition", () => {
  expectTypeOf<T.IndicatorDefinition>().toExtend<z.infer<typeof Z.IndicatorDefinition>>();
  expectTypeOf<T.IndicatorDefinition>().toExtend<t.TypeOf<typeof I.IndicatorDefinition>>();
  expectTypeOf<z.infer<typeof Z.IndicatorDefinition>>().toExtend<T.IndicatorDefinition>();
  expectTypeOf<z.infer<typeof Z.IndicatorDefinition>>().toExtend<t.TypeOf<typeof I.IndicatorDefinition>>();
  expectTypeOf<t.TypeOf<typeof I.IndicatorDefinition>>().toExtend<T.IndicatorDefinition>();
  expectTypeOf<t.TypeOf<typeof I.IndicatorDefinition>>().toExtend<z.infer<typeof Z.IndicatorDefinition>>();
});

test("IndicatorDefinitionLine", () => {
  expectTypeOf<T.IndicatorDefinitionLine>().toExtend<z.infer<typeof Z.IndicatorDefinitionLine>>();
  expectTypeOf<T.IndicatorDefinitionLine>().toExtend<t.TypeOf<typeof I.IndicatorDefinitionLine>>();
  expectTypeOf<z.infer<typeof Z.IndicatorDefinitionLine>>().toExtend<T.IndicatorDefinitionLine>();
  expectTypeOf<z.infer<typeof Z.IndicatorDefinitionLine>>().toExtend<t.TypeOf<typeof I.IndicatorDefinitionLine>>();
  expectTypeOf<t.TypeOf<typeof I.IndicatorDefinitionLine>>().toExtend<T.IndicatorDefinitionLine>();
  expectTypeOf<t.TypeOf<typeof I.IndicatorDefinitionLine>>().toExtend<z.infer<typeof Z.IndicatorDefinitionLine>>();
});

test("ObservationSubject", () => {
  expectTypeOf<T.ObservationSubject>().toExtend<z.infer<typeof Z.ObservationSubject>>();
  expectTypeOf<T.ObservationSubject>().toExtend<t.TypeOf<typeof I.ObservationSubject>>();
  expectTypeOf<z.infer<typeof Z.ObservationSubject>>().toExtend<T.ObservationSubject>();
  expectTypeOf<z.infer<typeof Z.ObservationSubject>>().toExtend<t.TypeOf<typeof I.ObservationSubject>>();
  expectTypeOf<t.TypeOf<typeof I.ObservationSubject>>().toExtend<T.ObservationSubject>();
  expectTypeOf<t.TypeOf<typeof I.ObservationSubject>>().toExtend<z.infer<typeof Z.ObservationSubject>>();
});

test("ObservationPeriod", () => {
  expectTypeOf<T.ObservationPeriod>().toExtend<z.infer<typeof Z.ObservationPeriod>>();
  expectTypeOf<T.ObservationPeriod>().toExtend<t.TypeOf<typeof I.ObservationPeriod>>();
  expectTypeOf<z.infer<typeof Z.ObservationPeriod>>().toExtend<T.ObservationPeriod>();
  expectTypeOf<z.infer<typeof Z.ObservationPeriod>>().toExtend<t.TypeOf<typeof I.ObservationPeriod>>();
  expectTypeOf<t.TypeOf<typeof I.ObservationPeriod>>().toExtend<T.ObservationPeriod>();
  expectTypeOf<t.TypeOf<typeof I.ObservationPeriod>>().toExtend<z.infer<typeof Z.ObservationPeriod>>();
});

test("ObservationValue", () => {
  expectTypeOf<T.ObservationValue>().toExtend<z.infer<typeof Z.ObservationValue>>();
  expectTypeOf<T.ObservationValue>().toExtend<t.TypeOf<typeof I.ObservationValue>>();
  expectTypeOf<z.infer<typeof Z.ObservationValue>>().toExtend<T.ObservationValue>();
  expectTypeOf<z.infer<typeof Z.ObservationValue>>().toExtend<t.TypeOf<typeof I.ObservationValue>>();
  expectTypeOf<t.TypeOf<typeof I.ObservationValue>>().toExtend<T.ObservationValue>();
  expectTypeOf<t.TypeOf<typeof I.ObservationValue>>().toExtend<z.infer<typeof Z.ObservationValue>>();
});

test("Observation", () => {
  expectTypeOf<T.Observation>().toExtend<z.infer<typeof Z.Observation>>();
  expectTypeOf<T.Observation>().toExtend<t.TypeOf<typeof I.Observation>>();
  expectTypeOf<z.infer<typeof Z.Observation>>().toExtend<T.Observation>();
  expectTypeOf<z.infer<typeof Z.Observation>>().toExtend<t.TypeOf<typeof I.Observation>>();
  expectTypeOf<t.TypeOf<typeof I.Observation>>().toExtend<T.Observation>();
  expectTypeOf<t.TypeOf<typeof I.Observation>>().toExtend<z.infer<typeof Z.Observation>>();
});

test("ObservationLine", () => {
  expectTypeOf<T.ObservationLine>().toExtend<z.infer<typeof Z.ObservationLine>>();
  expectTypeOf<T.ObservationLine>().toExtend<t.TypeOf<typeof I.ObservationLine>>();
  expectTypeOf<z.infer<typeof Z.ObservationLine>>().toExtend<T.ObservationLine>();
  expectTypeOf<z.infer<typeof Z.ObservationLine>>().toExtend<t.TypeOf<typeof I.ObservationLine>>();
  expectTypeOf<t.TypeOf<typeof I.ObservationLine>>().toExtend<T.ObservationLine>();
  expectTypeOf<t.TypeOf<typeof I.ObservationLine>>().toExtend<z.infer<typeof Z.ObservationLine>>();
});

test("ProcurementDates", () => {
  expectTypeOf<T.ProcurementDates>().toExtend<z.infer<typeof Z.ProcurementDates>>();
  expectTypeOf<T.ProcurementDates>().toExtend<t.TypeOf<typeof I.ProcurementDates>>();
  expectTypeOf<z.infer<typeof Z.ProcurementDates>>().toExtend<T.ProcurementDates>();
  expectTypeOf<z.infer<typeof Z.ProcurementDates>>().toExtend<t.TypeOf<typeof I.ProcurementDates>>();
  expectTypeOf<t.TypeOf<typeof I.ProcurementDates>>().toExtend<T.ProcurementDates>();
  expectTypeOf<t.TypeOf<typeof I.ProcurementDates>>().toExtend<z.infer<typeof Z.ProcurementDates>>();
});

test("AppliedCriterion", () => {
  expectTypeOf<T.AppliedCriterion>().toExtend<z.infer<typeof Z.AppliedCriterion>>();
  expectTypeOf<T.AppliedCriterion>().toExtend<t.TypeOf<typeof I.AppliedCriterion>>();
  expectTypeOf<z.infer<typeof Z.AppliedCriterion>>().toExtend<T.AppliedCriterion>();
  expectTypeOf<z.infer<typeof Z.AppliedCriterion>>().toExtend<t.TypeOf<typeof I.AppliedCriterion>>();
  expectTypeOf<t.TypeOf<typeof I.AppliedCriterion>>().toExtend<T.AppliedCriterion>();
  expectTypeOf<t.TypeOf<typeof I.AppliedCriterion>>().toExtend<z.infer<typeof Z.AppliedCriterion>>();
});

test("EformsCodes", () => {
  expectTypeOf<T.EformsCodes>().toExtend<z.infer<typeof Z.EformsCodes>>();
  expectTypeOf<T.EformsCodes>().toExtend<t.TypeOf<typeof I.EformsCodes>>();
  expectTypeOf<z.infer<typeof Z.EformsCodes>>().toExtend<T.EformsCodes>();
  expectTypeOf<z.infer<typeof Z.EformsCodes>>().toExtend<t.TypeOf<typeof I.EformsCodes>>();
  expectTypeOf<t.TypeOf<typeof I.EformsCodes>>().toExtend<T.EformsCodes>();
  expectTypeOf<t.TypeOf<typeof I.EformsCodes>>().toExtend<z.infer<typeof Z.EformsCodes>>();
});

test("ProcurementOutcomes", () => {
  expectTypeOf<T.ProcurementOutcomes>().toExtend<z.infer<typeof Z.ProcurementOutcomes>>();
  expectTypeOf<T.ProcurementOutcomes>().toExtend<t.TypeOf<typeof I.ProcurementOutcomes>>();
  expectTypeOf<z.infer<typeof Z.ProcurementOutcomes>>().toExtend<T.ProcurementOutcomes>();
  expectTypeOf<z.infer<typeof Z.ProcurementOutcomes>>().toExtend<t.TypeOf<typeof I.ProcurementOutcomes>>();
  expectTypeOf<t.TypeOf<typeof I.ProcurementOutcomes>>().toExtend<T.ProcurementOutcomes>();
  expectTypeOf<t.TypeOf<typeof I.ProcurementOutcomes>>().toExtend<z.infer<typeof Z.ProcurementOutcomes>>();
});

test("Procurement", () => {
  expectTypeOf<T.Procurement>().toExtend<z.infer<typeof Z.Procurement>>();
  expectTypeOf<T.Procurement>().toExtend<t.TypeOf<typeof I.Procurement>>();
  expectTypeOf<z.infer<typeof Z.Procurement>>().toExtend<T.Procurement>();
  expectTypeOf<z.infer<typeof Z.Procurement>>().toExtend<t.TypeOf<typeof I.Procurement>>();
  expectTypeOf<t.TypeOf<typeof I.Procurement>>().toExtend<T.Procurement>();
  expectTypeOf<t.TypeOf<typeof I.Procurement>>().toExtend<z.infer<typeof Z.Procurement>>();
});

test("ProcurementLine", () => {
  expectTypeOf<T.ProcurementLine>().toExtend<z.infer<typeof Z.ProcurementLine>>();
  expectTypeOf<T.ProcurementLine>().toExtend<t.TypeOf<typeof I.ProcurementLine>>();
  expectTypeOf<z.infer<typeof Z.ProcurementLine>>().toExtend<T.ProcurementLine>();
  expectTypeOf<z.infer<typeof Z.ProcurementLine>>().toExtend<t.TypeOf<typeof I.ProcurementLine>>();
  expectTypeOf<t.TypeOf<typeof I.ProcurementLine>>().toExtend<T.ProcurementLine>();
  expectTypeOf<t.TypeOf<typeof I.ProcurementLine>>().toExtend<z.infer<typeof Z.ProcurementLine>>();
});

test("DatasetRecord", () => {
  expectTypeOf<T.DatasetRecord>().toExtend<z.infer<typeof Z.DatasetRecord>>();
  expectTypeOf<T.DatasetRecord>().toExtend<t.TypeOf<typeof I.DatasetRecord>>();
  expectTypeOf<z.infer<typeof Z.DatasetRecord>>().toExtend<T.DatasetRecord>();
  expectTypeOf<z.infer<typeof Z.DatasetRecord>>().toExtend<t.TypeOf<typeof I.DatasetRecord>>();
  expectTypeOf<t.TypeOf<typeof I.DatasetRecord>>().toExtend<T.DatasetRecord>();
  expectTypeOf<t.TypeOf<typeof I.DatasetRecord>>().toExtend<z.infer<typeof Z.DatasetRecord>>();
});

test("Dataset", () => {
  expectTypeOf<T.Dataset>().toExtend<z.infer<typeof Z.Dataset>>();
  expectTypeOf<T.Dataset>().toExtend<t.TypeOf<typeof I.Dataset>>();
  expectTypeOf<z.infer<typeof Z.Dataset>>().toExtend<T.Dataset>();
  expectTypeOf<z.infer<typeof Z.Dataset>>().toExtend<t.TypeOf<typeof I.Dataset>>();
  expectTypeOf<t.TypeOf<typeof I.Dataset>>().toExtend<T.Dataset>();
  expectTypeOf<t.TypeOf<typeof I.Dataset>>().toExtend<z.infer<typeof Z.Dataset>>();
});
