/**
 * RepAlign
 */
package org.repalign.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.repalign.model.Experiment;
import org.repalign.model.ExperimentFactory;
import org.repalign.model.ExperimentPackage;

/**
 * This is the item provider adapter for a {@link org.repalign.model.Experiment} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ExperimentItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExperimentItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addSeedPropertyDescriptor(object);
			addItemsFilePropertyDescriptor(object);
			addFrequenciesFilePropertyDescriptor(object);
			addAttributesFilePropertyDescriptor(object);
			addPreprocessingPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Experiment_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Experiment_name_feature", "_UI_Experiment_type"),
				 ExperimentPackage.Literals.EXPERIMENT__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Experiment_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Experiment_description_feature", "_UI_Experiment_type"),
				 ExperimentPackage.Literals.EXPERIMENT__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Seed feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Experiment_seed_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Experiment_seed_feature", "_UI_Experiment_type"),
				 ExperimentPackage.Literals.EXPERIMENT__SEED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Items File feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addItemsFilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Experiment_itemsFile_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Experiment_itemsFile_feature", "_UI_Experiment_type"),
				 ExperimentPackage.Literals.EXPERIMENT__ITEMS_FILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Frequencies File feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFrequenciesFilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Experiment_frequenciesFile_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Experiment_frequenciesFile_feature", "_UI_Experiment_type"),
				 ExperimentPackage.Literals.EXPERIMENT__FREQUENCIES_FILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Attributes File feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAttributesFilePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Experiment_attributesFile_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Experiment_attributesFile_feature", "_UI_Experiment_type"),
				 ExperimentPackage.Literals.EXPERIMENT__ATTRIBUTES_FILE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Preprocessing feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreprocessingPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Experiment_preprocessing_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Experiment_preprocessing_feature", "_UI_Experiment_type"),
				 ExperimentPackage.Literals.EXPERIMENT__PREPROCESSING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ExperimentPackage.Literals.EXPERIMENT__SOURCES);
			childrenFeatures.add(ExperimentPackage.Literals.EXPERIMENT__METRICS);
			childrenFeatures.add(ExperimentPackage.Literals.EXPERIMENT__PROTOCOL);
			childrenFeatures.add(ExperimentPackage.Literals.EXPERIMENT__SAE);
			childrenFeatures.add(ExperimentPackage.Literals.EXPERIMENT__ANALYSES);
			childrenFeatures.add(ExperimentPackage.Literals.EXPERIMENT__SYNTHETIC);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Experiment.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Experiment"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Experiment)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Experiment_type") :
			getString("_UI_Experiment_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Experiment.class)) {
			case ExperimentPackage.EXPERIMENT__NAME:
			case ExperimentPackage.EXPERIMENT__DESCRIPTION:
			case ExperimentPackage.EXPERIMENT__SEED:
			case ExperimentPackage.EXPERIMENT__ITEMS_FILE:
			case ExperimentPackage.EXPERIMENT__FREQUENCIES_FILE:
			case ExperimentPackage.EXPERIMENT__ATTRIBUTES_FILE:
			case ExperimentPackage.EXPERIMENT__PREPROCESSING:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ExperimentPackage.EXPERIMENT__SOURCES:
			case ExperimentPackage.EXPERIMENT__METRICS:
			case ExperimentPackage.EXPERIMENT__PROTOCOL:
			case ExperimentPackage.EXPERIMENT__SAE:
			case ExperimentPackage.EXPERIMENT__ANALYSES:
			case ExperimentPackage.EXPERIMENT__SYNTHETIC:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__SOURCES,
				 ExperimentFactory.eINSTANCE.createSource()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__METRICS,
				 ExperimentFactory.eINSTANCE.createMetricSetting()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__PROTOCOL,
				 ExperimentFactory.eINSTANCE.createProtocol()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__SAE,
				 ExperimentFactory.eINSTANCE.createSaeSettings()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__ANALYSES,
				 ExperimentFactory.eINSTANCE.createSignalAnalysis()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__ANALYSES,
				 ExperimentFactory.eINSTANCE.createFeatureMatchingAnalysis()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__ANALYSES,
				 ExperimentFactory.eINSTANCE.createBiasAnalysis()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__ANALYSES,
				 ExperimentFactory.eINSTANCE.createNoiseAnalysis()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__ANALYSES,
				 ExperimentFactory.eINSTANCE.createMetaAnalysis()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__ANALYSES,
				 ExperimentFactory.eINSTANCE.createProbeAnalysis()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__ANALYSES,
				 ExperimentFactory.eINSTANCE.createContributedAnalysis()));

		newChildDescriptors.add
			(createChildParameter
				(ExperimentPackage.Literals.EXPERIMENT__SYNTHETIC,
				 ExperimentFactory.eINSTANCE.createSyntheticData()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ExperimentEditPlugin.INSTANCE;
	}

}
